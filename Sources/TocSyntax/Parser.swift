/// The result of parsing one file: the tree, and every problem found.
public struct ParseResult: Sendable {
    /// The parsed file; complete as far as the text allowed.
    public var file: TheoryFile
    /// Problems, in order of location. Errors mean `file` may be incomplete.
    public var diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Parses theory files. The parser recovers from every problem: one run
/// reports all of them, and no input makes it fail.
public enum Parser {
    /// Parses a decoded source file. Locations in the tree name
    /// `locationFile` (set for a file read through `inkluder:`).
    public static func parse(_ source: SourceFile, locationFile: String? = nil) -> ParseResult {
        var state = ParserState(source: source)
        state.locationFile = locationFile
        if !source.isBinary { state.run() }
        // A line with an encoding error gives no parse errors of its own: they
        // would only repeat the encoding problem.
        let badLines = Set(source.decodingDiagnostics.map(\.location.line))
        let parseDiagnostics = state.diagnostics.filter { !badLines.contains($0.location.line) }
        let diagnostics = source.decodingDiagnostics + parseDiagnostics
        return ParseResult(file: state.file, diagnostics: Diagnostic.sortedByLocation(diagnostics))
    }

    /// Parses text, as if read from a file at `path`.
    public static func parse(text: String, path: String = "<input>") -> ParseResult {
        parse(SourceFile(path: path, text: text))
    }
}

/// What an open line accepts indented under it.
enum Block {
    case area(Int)
    case node(Int)
    case indicator(node: Int, index: Int)
    case edges(node: Int, index: Int)
    case chain(Int)
    /// A line that takes nothing under it, described for messages.
    case leaf(LocalizedText)
    /// A line with an error: whatever is indented under it is skipped silently.
    case ignored
}

/// The mutable state of one parse.
struct ParserState {
    let source: SourceFile
    var file: TheoryFile
    var diagnostics: [Diagnostic] = []
    var indentStyle: (tab: Bool, line: Int)?
    var warnedMixedIndent = false
    var line: LexedLine!
    var tabWidth = Lexer.defaultTabWidth
    var columnCache: (line: Int, byte: Int, column: Int) = (0, 0, 1)
    var englishKeywords = 0
    var danishKeywords = 0
    var locationFile: String?

    init(source: SourceFile) {
        self.source = source
        self.file = TheoryFile(path: source.path)
    }

    /// Gives meaning to each line of the file's syntax tree, under the
    /// block of the line it is indented under; only the open lines'
    /// blocks are kept.
    mutating func run() {
        var lines = SyntaxTree.Reader(source)
        tabWidth = lines.tabWidth
        var open: [(index: Int, block: Block)] = []
        var index = 0
        while let entry = lines.next() {
            line = entry.lexed
            checkIndentation()
            while let top = open.last, top.index != entry.parent { open.removeLast() }
            open.append((index, block(for: entry, under: open.last?.block)))
            index += 1
        }
        file.keywordLanguage = englishKeywords > danishKeywords ? .en : .da
    }

    private mutating func block(for entry: SyntaxTree.Line, under parent: Block?) -> Block {
        if case .ignored = parent { return .ignored }
        if case .leaf(let what) = parent {
            error(LocalizedText(
                "this line is indented under \(what.en), which takes nothing under it",
                da: "linjen er rykket ind under \(what.da), som ikke kan have noget under sig"), at: entry.lexed.start)
            return .ignored
        }
        if parent == nil, entry.lexed.indent > 0 {
            error(LocalizedText(
                "this line is indented, but there is no line above it to belong to",
                da: "linjen er rykket ind, men der er ingen linje over den, den kan høre til"), at: entry.lexed.start)
            return .ignored
        }
        countLanguage(of: entry.statement)
        return place(entry.statement, under: parent)
    }

    private mutating func countLanguage(of statement: Statement) {
        let keyword: Keyword
        let range: Range<Int>
        switch statement {
        case .property(let k, let r, _), .declaration(let k, let r, _, _):
            (keyword, range) = (k, r)
        default:
            return
        }
        guard keyword != .output, keyword != .baseline, range.count <= 24 else { return }
        let word = String(decoding: source.bytes[range], as: UTF8.self).lowercased()
        if word == keyword.english { englishKeywords += 1 } else { danishKeywords += 1 }
    }

    private mutating func checkIndentation() {
        guard line.indent > 0, !warnedMixedIndent else { return }
        let mixedHere = line.indentHasTab && line.indentHasSpace
        if let style = indentStyle, mixedHere || style.tab != line.indentHasTab {
            warnMixed(other: style.line)
        } else if mixedHere {
            warnMixed(other: nil)
        } else if indentStyle == nil {
            indentStyle = (line.indentHasTab, line.number)
        }
    }

    private mutating func warnMixed(other: Int?) {
        warnedMixedIndent = true
        var message = LocalizedText("indentation mixes tabs and spaces", da: "indrykningen blander tabulatorer og mellemrum")
        if let other, let style = indentStyle {
            message = message + LocalizedText(
                " (line \(other) is indented with \(style.tab ? "tabs" : "spaces"))",
                da: " (linje \(other) er rykket ind med \(style.tab ? "tabulatorer" : "mellemrum"))")
        }
        message = message + LocalizedText(
            "; a tab counts as \(tabWidth) spaces here, use one or the other",
            da: "; en tabulator tæller her som \(tabWidth) mellemrum; brug enten det ene eller det andet")
        diagnostics.append(Diagnostic(
            rule: .mixedIndentation, severity: .warning, text: message,
            file: source.path, location: source.location(line: line.number, byte: source.lines[line.number - 1].start)))
    }

    // MARK: Helpers used by the placement code

    mutating func error(_ message: LocalizedText, at byte: Int, rule: FindingID = .parseError) {
        diagnostics.append(Diagnostic(
            rule: rule, severity: .error, text: message,
            file: source.path, location: location(byte)))
    }

    /// The location of a byte on the current line. Columns are counted on
    /// from the last location asked for, so a long line costs linear time.
    mutating func location(_ byte: Int) -> SourceLocation {
        if columnCache.line != line.number || byte < columnCache.byte {
            columnCache = (line.number, source.lines[line.number - 1].start, 1)
        }
        let column = columnCache.column + SourceFile.column(source.bytes, from: columnCache.byte, to: byte) - 1
        columnCache = (line.number, byte, column)
        return SourceLocation(line: line.number, column: column, file: locationFile)
    }

    mutating func range(_ bytes: Range<Int>) -> SourceRange {
        SourceRange(start: location(bytes.lowerBound), end: location(bytes.upperBound))
    }

    mutating func identifier(_ bytes: Range<Int>) -> Identifier {
        Identifier(name: String(decoding: source.bytes[bytes], as: UTF8.self), range: range(bytes))
    }

    mutating func text(_ bytes: Range<Int>) -> Text {
        Text(value: String(decoding: source.bytes[bytes], as: UTF8.self), range: range(bytes))
    }
}
