/// Text for Graphviz HTML-like labels: escaping that lets nothing through
/// but the characters themselves, and balanced word wrapping.
public enum LabelText {
    /// The most characters of one label, indicator or assumption that are drawn;
    /// longer text is shortened with an ellipsis (and a warning).
    public static let maximumLength = 400

    /// Escapes text for an HTML-like label so that it renders as exactly these
    /// characters: markup, entities and Graphviz escapes (`\N`, `\G`, ...) are
    /// shown, never interpreted.
    public static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: needsEscape) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var afterBackslash = false
        for scalar in text.unicodeScalars {
            if afterBackslash, "NGEHTL".unicodeScalars.contains(scalar) {
                // Graphviz expands \N, \G, ... even in HTML-like labels; a font
                // element between the backslash and the letter stops that.
                out += "<FONT>\(Character(scalar))</FONT>"
                afterBackslash = false
                continue
            }
            afterBackslash = scalar == "\\"
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += " "
            case let s where s.value < 0x20 || s.value == 0x7F || s.value == 0xFFFE || s.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Shortens text longer than `maximumLength` characters with an ellipsis.
    /// Returns the text and whether it was shortened.
    public static func clip(_ text: String, to limit: Int = maximumLength) -> (String, Bool) {
        guard text.count > limit else { return (text, false) }
        return (String(text.prefix(limit - 1)) + "…", true)
    }

    /// Wraps text at word boundaries into lines of at most about `width`
    /// characters, balanced so that the lines have similar lengths.
    public static func wrap(_ text: String, width: Int) -> [String] {
        if text.utf8.count <= width, !text.contains("  "), text.first != " ", text.last != " " { return [text] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return [text] }
        let lengths = words.map { $0.unicodeScalars.count }
        let total = lengths.reduce(lengths.count - 1, +)
        guard total > width else { return [words.joined(separator: " ")] }
        let lineCount = breaks(lengths, width: width).count
        // The narrowest width that still needs no more lines: balanced lines.
        var low = max(lengths.max()!, (total + lineCount - 1) / lineCount)
        var high = max(width, low)
        while low < high {
            let mid = (low + high) / 2
            if breaks(lengths, width: mid).count <= lineCount { high = mid } else { low = mid + 1 }
        }
        return breaks(lengths, width: low).map { words[$0].joined(separator: " ") }
    }

    /// Greedy line breaking over word lengths: the word ranges of each line.
    private static func breaks(_ lengths: [Int], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var used = lengths[0]
        for index in 1..<max(lengths.count, 1) where index < lengths.count {
            if used + 1 + lengths[index] <= width {
                used += 1 + lengths[index]
            } else {
                lines.append(start..<index)
                start = index
                used = lengths[index]
            }
        }
        lines.append(start..<lengths.count)
        return lines
    }

    /// Bytes that send text down the careful path of `escape`.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xEF
    }
}
