/// What one content line says, before it is placed in the file's structure.
enum Statement {
    /// `keyword: value`: a header (`theory:`, `period:`) or a property.
    case property(Keyword, keywordRange: Range<Int>, value: Range<Int>)
    /// `keyword id: label`: an area, node or indicator declaration.
    case declaration(Keyword, keywordRange: Range<Int>, id: Range<Int>, label: Range<Int>)
    /// `-> a, b` under a node.
    case edges(arrow: Range<Int>, targets: [Range<Int>])
    /// `a -> b, c -> d` at the top level.
    case chain(steps: [[Range<Int>]])
    /// A line that could not be read; the message and the byte it is about.
    case invalid(LocalizedText, at: Int)
}

/// Reads one content line into a `Statement`.
struct StatementReader {
    var scanner: LineScanner

    /// The file's language, for the keyword a mistyped one is close to.
    var language: FileLanguage?

    init(bytes: [UInt8], line: LexedLine, language: FileLanguage? = nil) {
        scanner = LineScanner(bytes: bytes, start: line.start, end: line.end)
        self.language = language
    }

    mutating func read() -> Statement {
        if let length = scanner.arrowLength {
            let arrow = scanner.position..<scanner.position + length
            scanner.position += length
            switch readIDList(after: "->") {
            case .success(let targets): return .edges(arrow: arrow, targets: targets)
            case .failure(let failure): return .invalid(failure.message, at: failure.at)
            }
        }
        guard let first = scanner.scanIdentifier() else {
            return .invalid(unexpected(what: LocalizedText("a keyword, an id or '->'", da: "et nøgleord, et id eller '->'")),
                            at: scanner.position)
        }
        let firstWord = scanner.string(first)
        let keyword = Keyword.lookup(firstWord)
        scanner.skipSpaces()
        if scanner.peek(UInt8(ascii: ":")) {
            guard let keyword else { return unknownKeyword(firstWord, at: first.lowerBound) }
            scanner.position += 1
            return .property(keyword, keywordRange: first, value: restOfLine())
        }
        if scanner.atArrow || scanner.peek(UInt8(ascii: ",")) {
            return readChain(first: first)
        }
        if scanner.atEnd {
            if let keyword {
                let message = keyword.declares
                    ? LocalizedText(
                        "'\(firstWord)' needs an id and a colon, as in '\(firstWord) \(keyword.exampleID): ...'",
                        da: "'\(firstWord)' skal have et id og et kolon, som i '\(firstWord) \(keyword.exampleID): ...'")
                    : LocalizedText("missing ':' after '\(firstWord)'", da: "der mangler ':' efter '\(firstWord)'")
                return .invalid(message, at: scanner.position)
            }
            return .invalid(LocalizedText(
                "'\(firstWord)' alone is not a statement; write a declaration, a property or a chain like '\(firstWord) -> id'",
                da: "'\(firstWord)' alene er ikke en sætning; skriv en erklæring, en egenskab eller en kæde som '\(firstWord) -> id'"),
                at: first.lowerBound)
        }
        guard let keyword else { return unknownKeyword(firstWord, at: first.lowerBound) }
        guard let id = scanner.scanIdentifier() else {
            if keyword.declares {
                let word = scanner.skipWord()
                return .invalid(Self.invalidID(scanner.string(word)), at: word.lowerBound)
            }
            return .invalid(
                LocalizedText("missing ':' after '\(firstWord)'", da: "der mangler ':' efter '\(firstWord)'"), at: first.upperBound)
        }
        scanner.skipSpaces()
        guard scanner.peek(UInt8(ascii: ":")) else {
            if !keyword.declares {
                return .invalid(Self.takesNoID(firstWord), at: id.lowerBound)
            }
            if scanner.atEnd {
                return .invalid(LocalizedText(
                    "missing ':' and label after '\(firstWord) \(scanner.string(id))'",
                    da: "der mangler ':' og en tekst efter '\(firstWord) \(scanner.string(id))'"), at: scanner.position)
            }
            return .invalid(LocalizedText(
                "missing ':' after the id '\(scanner.string(id))'; an id is one word, the label follows the colon",
                da: "der mangler ':' efter id'et '\(scanner.string(id))'; et id er ét ord, og teksten står efter kolonet"),
                at: id.upperBound)
        }
        guard keyword.declares else {
            return .invalid(Self.takesNoID(firstWord), at: id.lowerBound)
        }
        scanner.position += 1
        return .declaration(keyword, keywordRange: first, id: id, label: restOfLine())
    }

    private mutating func restOfLine() -> Range<Int> {
        scanner.skipSpaces()
        return scanner.position..<scanner.end
    }

    private func unknownKeyword(_ word: String, at position: Int) -> Statement {
        var message = LocalizedText("unknown keyword '\(word)'", da: "ukendt nøgleord '\(word)'")
        if let suggestion = Keyword.suggestion(for: word, prefer: language?.value) {
            message = message + LocalizedText("; did you mean '\(suggestion)'?", da: "; mente du '\(suggestion)'?")
        }
        return .invalid(message, at: position)
    }

    private func unexpected(what expected: LocalizedText) -> LocalizedText {
        let (scalar, _) = scanner.decode(at: scanner.position)
        return LocalizedText(
            "expected \(expected.en), found '\(Character(scalar))'", da: "forventede \(expected.da), fandt '\(Character(scalar))'")
    }

    static func invalidID(_ word: String) -> LocalizedText {
        LocalizedText(
            "invalid id '\(word)': an id starts with a letter and holds letters, digits, '_' and '-'",
            da: "ugyldigt id '\(word)': et id begynder med et bogstav og består af bogstaver, tal, '_' og '-'")
    }

    static func takesNoID(_ word: String) -> LocalizedText {
        LocalizedText("'\(word)' takes no id; write '\(word): ...'", da: "'\(word)' har intet id; skriv '\(word): ...'")
    }

    static func missingID(after token: String) -> LocalizedText {
        LocalizedText("missing id after '\(token)'", da: "der mangler et id efter '\(token)'")
    }

    private mutating func readChain(first: Range<Int>) -> Statement {
        var steps: [[Range<Int>]] = []
        var step = [first]
        while true {
            scanner.skipSpaces()
            if scanner.peek(UInt8(ascii: ",")) {
                scanner.position += 1
                scanner.skipSpaces()
                guard let next = scanner.scanIdentifier() else {
                    return .invalid(
                        scanner.atEnd ? Self.missingID(after: ",")
                            : unexpected(what: LocalizedText("an id after ','", da: "et id efter ','")),
                        at: scanner.position)
                }
                step.append(next)
            } else if let length = scanner.arrowLength {
                steps.append(step)
                scanner.position += length
                switch readIDList(after: "->") {
                case .success(let ids):
                    step = ids
                    // readIDList stops at the next arrow, if any.
                case .failure(let failure):
                    return .invalid(failure.message, at: failure.at)
                }
                if !scanner.atArrow { break }
            } else if scanner.atEnd {
                break
            } else {
                return .invalid(unexpected(what: LocalizedText("'->' or ','", da: "'->' eller ','")), at: scanner.position)
            }
        }
        steps.append(step)
        return .chain(steps: steps)
    }

    struct Failure: Error {
        let message: LocalizedText
        let at: Int
    }

    /// Reads `a, b, c` up to the end of the line or the next `->`.
    private mutating func readIDList(after token: String) -> Result<[Range<Int>], Failure> {
        var ids: [Range<Int>] = []
        while true {
            scanner.skipSpaces()
            guard let id = scanner.scanIdentifier() else {
                if scanner.atEnd {
                    let message = Self.missingID(after: ids.isEmpty ? token : ",")
                    return .failure(Failure(message: message, at: scanner.position))
                }
                let word = scanner.string(scanner.skipWord())
                return .failure(Failure(message: Self.invalidID(word), at: scanner.position - word.utf8.count))
            }
            ids.append(id)
            scanner.skipSpaces()
            if scanner.peek(UInt8(ascii: ",")) {
                scanner.position += 1
                continue
            }
            if scanner.atEnd || scanner.atArrow { return .success(ids) }
            return .failure(Failure(
                message: unexpected(what: LocalizedText("',' or the end of the line", da: "',' eller linjens slutning")),
                at: scanner.position))
        }
    }
}

extension Keyword {
    /// Whether the keyword declares something with an id (`keyword ID: label`).
    var declares: Bool {
        switch self {
        case .area, .activity, .output, .outcome, .goal, .indicator: true
        default: false
        }
    }

    var exampleID: String {
        switch self {
        case .area: "uddannelse"
        case .activity: "lektiecafe"
        case .output: "deltagelse"
        case .outcome: "trivsel"
        case .goal: "ungdomsuddannelse"
        default: "id"
        }
    }
}

/// The language of a file's keywords, read from its text the first time it
/// is asked for (most files have no mistyped keyword and never ask).
final class FileLanguage {
    private let bytes: [UInt8]
    private(set) lazy var value: Language = Keyword.language(of: String(decoding: bytes, as: UTF8.self))

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}
