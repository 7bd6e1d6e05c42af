/// Text for HTML, for every page and report `toc` writes.
public enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped: safe as element
    /// content and inside quoted attribute values. Control characters are
    /// shown as `\u001B` (`ControlCharacters`).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in ControlCharacters.escaped(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
