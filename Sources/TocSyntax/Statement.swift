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
    case invalid(String, at: Int)
}

/// Reads one content line into a `Statement`.
struct StatementReader {
    var scanner: LineScanner

    init(bytes: [UInt8], line: LexedLine) {
        scanner = LineScanner(bytes: bytes, start: line.start, end: line.end)
    }

    mutating func read() -> Statement {
        if scanner.atArrow {
            let arrow = scanner.position..<scanner.position + 2
            scanner.position += 2
            switch readIDList(after: "->") {
            case .success(let targets): return .edges(arrow: arrow, targets: targets)
            case .failure(let failure): return .invalid(failure.message, at: failure.at)
            }
        }
        guard let first = scanner.scanIdentifier() else {
            return .invalid(unexpected(what: "a keyword, an id or '->'"), at: scanner.position)
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
                    ? "'\(firstWord)' needs an id and a colon, as in '\(firstWord) \(keyword.exampleID): ...'"
                    : "missing ':' after '\(firstWord)'"
                return .invalid(message, at: scanner.position)
            }
            return .invalid(
                "'\(firstWord)' alone is not a statement; write a declaration, a property or a chain like '\(firstWord) -> id'",
                at: first.lowerBound)
        }
        guard let keyword else { return unknownKeyword(firstWord, at: first.lowerBound) }
        guard let id = scanner.scanIdentifier() else {
            if keyword.declares {
                let word = scanner.skipWord()
                return .invalid(
                    "invalid id '\(scanner.string(word))': an id starts with a letter and holds letters, digits, '_' and '-'",
                    at: word.lowerBound)
            }
            return .invalid("missing ':' after '\(firstWord)'", at: first.upperBound)
        }
        scanner.skipSpaces()
        guard scanner.peek(UInt8(ascii: ":")) else {
            if !keyword.declares {
                return .invalid("'\(firstWord)' takes no id; write '\(firstWord): ...'", at: id.lowerBound)
            }
            if scanner.atEnd {
                return .invalid("missing ':' and label after '\(firstWord) \(scanner.string(id))'", at: scanner.position)
            }
            return .invalid(
                "missing ':' after the id '\(scanner.string(id))'; an id is one word, the label follows the colon",
                at: id.upperBound)
        }
        guard keyword.declares else {
            return .invalid("'\(firstWord)' takes no id; write '\(firstWord): ...'", at: id.lowerBound)
        }
        scanner.position += 1
        return .declaration(keyword, keywordRange: first, id: id, label: restOfLine())
    }

    private mutating func restOfLine() -> Range<Int> {
        scanner.skipSpaces()
        return scanner.position..<scanner.end
    }

    private func unknownKeyword(_ word: String, at position: Int) -> Statement {
        var message = "unknown keyword '\(word)'"
        if let suggestion = Keyword.suggestion(for: word) { message += "; did you mean '\(suggestion)'?" }
        return .invalid(message, at: position)
    }

    private func unexpected(what expected: String) -> String {
        let (scalar, _) = scanner.decode(at: scanner.position)
        return "expected \(expected), found '\(Character(scalar))'"
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
                    return .invalid(scanner.atEnd ? "missing id after ','" : unexpected(what: "an id after ','"),
                                    at: scanner.position)
                }
                step.append(next)
            } else if scanner.atArrow {
                steps.append(step)
                scanner.position += 2
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
                return .invalid(unexpected(what: "'->' or ','"), at: scanner.position)
            }
        }
        steps.append(step)
        return .chain(steps: steps)
    }

    struct Failure: Error {
        let message: String
        let at: Int
    }

    /// Reads `a, b, c` up to the end of the line or the next `->`.
    private mutating func readIDList(after token: String) -> Result<[Range<Int>], Failure> {
        var ids: [Range<Int>] = []
        while true {
            scanner.skipSpaces()
            guard let id = scanner.scanIdentifier() else {
                if scanner.atEnd {
                    let message = ids.isEmpty ? "missing id after '\(token)'" : "missing id after ','"
                    return .failure(Failure(message: message, at: scanner.position))
                }
                let word = scanner.string(scanner.skipWord())
                return .failure(Failure(
                    message: "invalid id '\(word)': an id starts with a letter and holds letters, digits, '_' and '-'",
                    at: scanner.position - word.utf8.count))
            }
            ids.append(id)
            scanner.skipSpaces()
            if scanner.peek(UInt8(ascii: ",")) {
                scanner.position += 1
                continue
            }
            if scanner.atEnd || scanner.atArrow { return .success(ids) }
            return .failure(Failure(message: unexpected(what: "',' or the end of the line"), at: scanner.position))
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
