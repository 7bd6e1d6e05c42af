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
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [text] }
        let total = text.count
        guard total > width else { return [words.joined(separator: " ")] }
        let lineCount = greedy(words, width: width).count
        // The narrowest width that still needs no more lines: balanced lines.
        var low = max(words.map(\.count).max()!, (total + lineCount - 1) / lineCount)
        var high = width
        while low < high {
            let mid = (low + high) / 2
            if greedy(words, width: mid).count <= lineCount { high = mid } else { low = mid + 1 }
        }
        return greedy(words, width: max(low, 1))
    }

    private static func greedy(_ words: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
