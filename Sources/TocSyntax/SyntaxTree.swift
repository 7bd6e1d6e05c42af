/// The file as written, before any meaning is given to it: each statement
/// line with the comment lines above it, whether a blank line stood above,
/// and the line it is indented under. The parser reads the theory from it
/// and `toc fmt` prints it, so both see one structure of the file.
///
/// The tree is flat: lines in file order, each naming its parent by index,
/// which costs one array for the whole file.
struct SyntaxTree: Sendable {
    /// A comment line, and whether a blank line stood above it.
    struct Comment: Sendable {
        /// The comment's bytes, `#` included, trailing spaces removed.
        let range: Range<Int>
        /// Whether a blank line stood above it.
        let blankBefore: Bool
    }

    /// One statement line.
    struct Line: Sendable {
        /// Where it stands and how it is indented.
        let lexed: LexedLine
        /// What it says.
        let statement: Statement
        /// The index of the line it is indented under, if any.
        let parent: Int?
        /// The comment lines directly above it.
        let comments: [Comment]
        /// Whether a blank line stood above it (or above its comments).
        let blankBefore: Bool
    }

    /// How many columns a tab counts for in this file.
    let tabWidth: Int
    /// The statement lines, in file order.
    private(set) var lines: [Line] = []
    /// Comment lines after the last statement.
    private(set) var trailingComments: [Comment] = []

    /// Reads a file's lines: a line belongs under the nearest line above
    /// it that is indented less.
    init(_ source: SourceFile) {
        tabWidth = Lexer.tabWidth(of: source)
        var open: [(indent: Int, index: Int)] = []
        var comments: [Comment] = []
        var sawBlank = false
        for lexed in Lexer.lines(of: source, tabWidth: tabWidth) {
            switch lexed.kind {
            case .blank:
                sawBlank = true
            case .comment:
                comments.append(Comment(range: lexed.start..<lexed.end, blankBefore: sawBlank))
                sawBlank = false
            case .content:
                while let top = open.last, top.indent >= lexed.indent { open.removeLast() }
                var reader = StatementReader(bytes: source.bytes, line: lexed)
                lines.append(Line(
                    lexed: lexed, statement: reader.read(), parent: open.last?.index, comments: comments, blankBefore: sawBlank))
                open.append((lexed.indent, lines.count - 1))
                comments = []
                sawBlank = false
            }
        }
        trailingComments = comments
    }

    /// The indices of the lines under each line, and of the top-level lines.
    func children() -> (top: [Int], under: [[Int]]) {
        var top: [Int] = []
        var under = [[Int]](repeating: [], count: lines.count)
        for (index, line) in lines.enumerated() {
            if let parent = line.parent { under[parent].append(index) } else { top.append(index) }
        }
        return (top, under)
    }
}
