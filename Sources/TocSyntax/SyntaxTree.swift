/// The file as written, before any meaning is given to it: each statement
/// line with the comment lines above it, whether a blank line stood above,
/// and the line it is indented under. The parser reads the theory from it
/// and `toc fmt` prints it, so both see one structure of the file.
///
/// The tree is flat: lines in file order, each naming its parent by index.
/// The parser reads it line by line (`Reader`) without keeping it; `toc
/// fmt` keeps it whole.
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

    /// Reads a file's lines and keeps them (for `toc fmt`).
    init(_ source: SourceFile) {
        var reader = Reader(source)
        tabWidth = reader.tabWidth
        while let line = reader.next() { lines.append(line) }
        trailingComments = reader.comments
    }

    /// Reads a file's lines one by one, in file order, without keeping them
    /// (the parser's way: a large file costs no second copy of its lines).
    /// A line belongs under the nearest line above it that is indented less.
    struct Reader: IteratorProtocol {
        /// How many columns a tab counts for in this file.
        let tabWidth: Int
        private let bytes: [UInt8]
        private let lexed: [LexedLine]
        private var position = 0
        private var open: [(indent: Int, index: Int)] = []
        private var count = 0
        /// The comment lines read since the last statement (after the last
        /// one, once `next()` has returned nil).
        private(set) var comments: [Comment] = []

        init(_ source: SourceFile) {
            tabWidth = Lexer.tabWidth(of: source)
            bytes = source.bytes
            lexed = Lexer.lines(of: source, tabWidth: tabWidth)
            language = FileLanguage(bytes: source.bytes)
        }

        /// The language of the file's keywords, for "did you mean" (read
        /// only when a keyword is mistyped).
        let language: FileLanguage

        /// The next statement line, or nil at the end of the file.
        mutating func next() -> Line? {
            var sawBlank = false
            while position < lexed.count {
                let line = lexed[position]
                position += 1
                switch line.kind {
                case .blank:
                    sawBlank = true
                case .comment:
                    comments.append(Comment(range: line.start..<line.end, blankBefore: sawBlank))
                    sawBlank = false
                case .content:
                    while let top = open.last, top.indent >= line.indent { open.removeLast() }
                    var reader = StatementReader(bytes: bytes, line: line, language: language)
                    let found = Line(
                        lexed: line, statement: reader.read(), parent: open.last?.index, comments: comments,
                        blankBefore: sawBlank)
                    open.append((line.indent, count))
                    count += 1
                    comments = []
                    return found
                }
            }
            return nil
        }
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
