/// One physical line of a theory file, as the lexer sees it.
struct LexedLine {
    /// What the line holds.
    enum Kind { case blank, comment, content }

    /// The 1-based line number.
    let number: Int
    /// The line's kind.
    let kind: Kind
    /// Indentation width; a tab counts as `Lexer.tabWidth(of:)` columns.
    let indent: Int
    /// Whether the indentation contains a tab.
    let indentHasTab: Bool
    /// Whether the indentation contains a space.
    let indentHasSpace: Bool
    /// Byte offset of the first content byte.
    let start: Int
    /// Byte offset just past the content, trailing spaces removed.
    let end: Int
}

/// Splits a source file into lines with their indentation.
enum Lexer {
    /// How many columns a tab counts for when no line is indented with spaces.
    static let defaultTabWidth = 4

    /// How many columns a tab counts for in a file: the width of the first
    /// indentation made of spaces alone (one indentation step), so that a
    /// file that mixes tabs and spaces still nests the way it looks.
    static func tabWidth(of file: SourceFile) -> Int {
        for span in file.lines {
            var width = 0
            var position = span.start
            while position < span.end, let length = spaceLength(file.bytes, at: position, end: span.end) {
                width += 1
                position += length
            }
            guard width > 0, position < span.end else { continue }
            let next = file.bytes[position]
            if next != 0x09, next != UInt8(ascii: "#") { return width }
        }
        return defaultTabWidth
    }

    /// The length in bytes of a space at `position`: 1 for a space, 2 for a
    /// no-break space (U+00A0), 3 for a narrow no-break space (U+202F);
    /// nil otherwise. Text pasted from word processors, web pages and chat
    /// carries no-break spaces that look like spaces, so they count as such
    /// between words and in indentation (labels keep them).
    static func spaceLength(_ bytes: [UInt8], at position: Int, end: Int) -> Int? {
        let byte = bytes[position]
        if byte == 0x20 { return 1 }
        if byte == 0xC2, position + 1 < end, bytes[position + 1] == 0xA0 { return 2 }
        if byte == 0xE2, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0xAF { return 3 }
        return nil
    }

    /// Lexes every line of a file.
    static func lines(of file: SourceFile, tabWidth: Int) -> [LexedLine] {
        let bytes = file.bytes
        var result: [LexedLine] = []
        result.reserveCapacity(file.lines.count)
        for (index, span) in file.lines.enumerated() {
            var position = span.start
            var indent = 0
            var hasTab = false
            var hasSpace = false
            while position < span.end {
                if let length = spaceLength(bytes, at: position, end: span.end) {
                    indent += 1
                    hasSpace = true
                    position += length
                } else if bytes[position] == 0x09 {
                    indent += tabWidth
                    hasTab = true
                    position += 1
                } else {
                    break
                }
            }
            var end = span.end
            while end > position {
                if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                    end -= 1
                } else if end - 2 >= position, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                    end -= 2
                } else if end - 3 >= position, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xAF {
                    end -= 3
                } else {
                    break
                }
            }
            let kind: LexedLine.Kind =
                position == end ? .blank : (bytes[position] == UInt8(ascii: "#") ? .comment : .content)
            result.append(LexedLine(
                number: index + 1, kind: kind, indent: indent,
                indentHasTab: hasTab, indentHasSpace: hasSpace, start: position, end: end))
        }
        return result
    }
}

/// Reads words, ids and punctuation from one line's content bytes.
struct LineScanner {
    let bytes: [UInt8]
    let end: Int
    var position: Int

    init(bytes: [UInt8], start: Int, end: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
    }

    var atEnd: Bool { position >= end }

    func peek(_ byte: UInt8) -> Bool { position < end && bytes[position] == byte }

    /// The length in bytes of the arrow that starts here: 2 for `->`, 3 for
    /// `→` (U+2192, what word processors and Mac autocorrect turn `->`
    /// into), nil when no arrow starts here.
    var arrowLength: Int? {
        if position + 1 < end, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: ">") { return 2 }
        if position + 2 < end, bytes[position] == 0xE2, bytes[position + 1] == 0x86, bytes[position + 2] == 0x92 { return 3 }
        return nil
    }

    var atArrow: Bool { arrowLength != nil }

    /// Skips spaces, tabs and no-break spaces.
    mutating func skipSpaces() {
        while position < end {
            if bytes[position] == 0x09 {
                position += 1
            } else if let length = Lexer.spaceLength(bytes, at: position, end: end) {
                position += length
            } else {
                return
            }
        }
    }

    /// Whether an identifier starts here (a letter).
    var atIdentifierStart: Bool {
        guard position < end else { return false }
        let (scalar, _) = decode(at: position)
        return scalar.properties.isAlphabetic
    }

    /// Scans an identifier: a letter, then letters, marks, digits, `_` and `-`
    /// (a `-` directly followed by `>` ends it). Returns its byte span.
    mutating func scanIdentifier() -> Range<Int>? {
        guard atIdentifierStart else { return nil }
        let start = position
        while position < end {
            let byte = bytes[position]
            if byte < 0x80 {
                let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
                if isWordByte {
                    position += 1
                } else if byte == UInt8(ascii: "-"), !atArrow {
                    position += 1
                } else {
                    break
                }
            } else {
                let (scalar, length) = decode(at: position)
                let properties = scalar.properties
                let ok = properties.isAlphabetic || properties.numericType != nil
                    || properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark
                guard ok else { break }
                position += length
            }
        }
        return start..<position
    }

    /// Skips to the end of a run of non-space bytes, for error recovery.
    mutating func skipWord() -> Range<Int> {
        let start = position
        while position < end, bytes[position] != 0x20, bytes[position] != 0x09,
              bytes[position] != UInt8(ascii: ":"), bytes[position] != UInt8(ascii: ",") {
            position += 1
        }
        if position == start, position < end { position += 1 }
        return start..<position
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Decodes the (valid) UTF-8 scalar at `index`.
    func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        guard index + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
