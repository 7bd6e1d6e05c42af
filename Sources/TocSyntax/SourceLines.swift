/// The lines of a text as editors count them: split at LF, CR or CRLF,
/// without their ends; scanned as bytes (a big theory is split at every
/// keystroke).
public enum SourceLines {
    /// The lines of `text`; an empty last line after a final line end too.
    public static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(text[start..<index])
                var next = bytes.index(after: index)
                if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }
}
