/// Control characters in text that reaches a terminal, a CSV cell or HTML:
/// ESC, BEL and the rest of C0 (but the tab), DEL, C1, and the bidirectional
/// overrides that make text read differently from how it is stored. Shown
/// as `\u001B`, never passed on raw, so a label cannot retitle or clear a
/// terminal or hide text in a report.
public enum ControlCharacters {
    /// Whether `scalar` is never passed on raw.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// How a control character is shown: `\u001B`.
    public static func shown(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control character shown as `\u001B`; the same
    /// string when there is none (the common case costs one scan).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) { result += shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
