/// Percent-encoding of file paths for URLs.
public enum PathEncoding {
    /// Encodes every byte but the unreserved ones (letters, digits, `-._~`)
    /// of each part of a path, keeping the `/` between parts.
    public static func encode(_ path: some StringProtocol) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            var out = ""
            for byte in part.utf8 {
                let unreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                    || (byte >= 0x61 && byte <= 0x7A) || "-._~".utf8.contains(byte)
                if unreserved {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" : "") + hex
                }
            }
            return out
        }.joined(separator: "/")
    }
}
