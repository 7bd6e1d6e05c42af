import TocSyntax
/// How an editor counts characters in a line: UTF-16 code units (the
/// protocol's default) or UTF-8 bytes, when the client offers it.
public enum PositionEncoding: String, Sendable {
    /// `utf-16`.
    case utf16 = "utf-16"
    /// `utf-8`.
    case utf8 = "utf-8"
}

/// A document's lines, to turn `toc`'s 1-based line and column (in
/// characters, grapheme clusters) into LSP positions and back. Lines end at
/// `\n`, `\r\n` or a lone `\r`, as `toc` reads them.
public struct TextLines: Sendable {
    /// The lines, without their ends.
    public let lines: [Substring]
    /// The encoding positions are counted in.
    public let encoding: PositionEncoding

    /// The lines of a text.
    public init(_ text: String, encoding: PositionEncoding) {
        self.encoding = encoding
        self.lines = Self.split(text)
    }

    /// A text's lines, split on `\n`, `\r\n` and a lone `\r` by its bytes
    /// (walking characters is several times slower on a long text).
    public static func split(_ text: String) -> [Substring] {
        SourceLines.split(text)
    }

    private func units(_ text: Substring) -> Int {
        encoding == .utf16 ? text.utf16.count : text.utf8.count
    }

    /// The position of 1-based `line` and `column` (in characters).
    public func position(line: Int, column: Int) -> Position {
        let index = max(0, line - 1)
        guard index < lines.count else { return Position(line: index, character: 0) }
        let text = lines[index]
        return Position(line: index, character: units(text.prefix(max(0, column - 1))))
    }

    /// The span from a 1-based line and column to the end of the word there
    /// (letters, digits, `_`, `-`), or one character when there is none.
    public func word(line: Int, column: Int) -> LSPRange {
        let start = position(line: line, column: column)
        guard line - 1 < lines.count, line >= 1 else { return LSPRange(start: start, end: start) }
        let rest = lines[line - 1].dropFirst(max(0, column - 1))
        var length = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }.count
        if length == 0 { length = rest.isEmpty ? 0 : 1 }
        return LSPRange(start: start, end: self.position(line: line, column: column + length))
    }

    /// The 1-based line and column (in characters) of a position, always
    /// inside the document: a line before the first is the document's
    /// start, one past the last its end (a client sends those just after
    /// the last lines were deleted), a character past a line's end that end.
    public func column(of position: Position) -> (line: Int, column: Int) {
        guard position.line >= 0 else { return (1, 1) }
        guard position.line < lines.count else { return (lines.count, lines[lines.count - 1].count + 1) }
        let text = lines[position.line]
        var counted = 0, characters = 0
        for character in text {
            if counted >= position.character { break }
            counted += units(Substring(String(character)))
            characters += 1
        }
        return (position.line + 1, characters + 1)
    }

    /// The end of the document.
    public var end: Position {
        Position(line: lines.count - 1, character: units(lines[lines.count - 1]))
    }
}
