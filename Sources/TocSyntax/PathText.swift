/// Path text handled in pure Swift.
///
/// Foundation's `NSString.deletingLastPathComponent` traps on Linux (Swift
/// 6.3) for a one-character path such as `a`, `.` or `-`, and for `a/`;
/// `toc` names its folders with `PathText.folder(of:)` instead.
public enum PathText {
    /// The folder part of a path, as `deletingLastPathComponent` gives it:
    /// `a/b.ft` → `a`, `./a` → `.`, `/a` → `/`, `a.ft` and `a/` → empty.
    public static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }
}
