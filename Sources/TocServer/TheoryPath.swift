import Foundation
import TocPlatform
import TocSyntax

/// Turns the path part of a URL into a theory file under the served folder,
/// refusing anything that would leave it.
public struct TheoryPaths: Sendable {
    /// The served folder, resolved (no symbolic links, no `..`).
    public let root: URL

    /// Serves theories under `folder`.
    public init(folder: String) {
        root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL
    }

    /// The theory file for a percent-encoded path such as `en/jobs` (without
    /// `.ft`), or nil when it is not a theory file inside the folder: `..`
    /// in any spelling, absolute paths, hidden parts, NUL bytes and symbolic
    /// links that lead out of the folder all give nil.
    public func file(forEncoded encoded: Substring) -> URL? {
        guard let decoded = Self.relativeName(encoded) else { return nil }
        let candidate = root.appendingPathComponent(decoded + ".ft")
        let resolved = candidate.resolvingSymlinksInPath().standardizedFileURL
        guard resolved.path.hasPrefix(root.path + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        return candidate
    }

    /// The file a new theory at a percent-encoded path (without `.ft`) would
    /// be, or nil when the name may not be written: the same refusals as
    /// `file(forEncoded:)`, control characters too, and a folder on the
    /// way that leads out of the served folder. The file need not exist.
    public func file(forNewEncoded encoded: Substring) -> URL? {
        // New names: no format characters (zero-width spaces, direction
        // overrides), and in NFC, so "å" typed two ways is one file.
        guard let given = Self.relativeName(encoded),
              !given.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) else { return nil }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(given + ".ft").path) {
            return file(forEncoded: encoded)
        }
        let decoded = Self.existingSpelling(of: given.precomposedStringWithCanonicalMapping, in: root)
        let candidate = root.appendingPathComponent(decoded + ".ft")
        // The nearest folder on the way that exists must resolve inside.
        var folder = candidate.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path), folder.path.count > root.path.count {
            folder = folder.deletingLastPathComponent()
        }
        let resolvedFolder = folder.resolvingSymlinksInPath().standardizedFileURL.path
        guard resolvedFolder == root.path || resolvedFolder.hasPrefix(root.path + "/") else { return nil }
        if POSIX.facts(of: candidate.path) != nil {
            return file(forEncoded: Substring(PathEncoding.encode(decoded)))
        }
        // A dangling link is not a new file either.
        if POSIX.linkFacts(of: candidate.path)?.kind == .symbolicLink { return nil }
        return candidate
    }

    /// `name` as the folder already spells it, when a file or folder there
    /// is the same name in another Unicode form (Swift compares canonically).
    static func existingSpelling(of name: String, in root: URL) -> String {
        var spelled: [String] = []
        var folder = root
        let parts = name.split(separator: "/").map(String.init)
        for (index, part) in parts.enumerated() {
            let wanted = index == parts.count - 1 ? part + ".ft" : part
            // A folder that cannot be listed offers no other spelling: the name as given is used.
            let found = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.first { $0 == wanted }
            let kept = found.map { index == parts.count - 1 ? String($0.dropLast(3)) : $0 } ?? part
            spelled.append(kept)
            folder = folder.appendingPathComponent(kept)
        }
        return spelled.joined(separator: "/")
    }

    /// A percent-encoded path decoded, if it is a plain relative name: not
    /// empty, not absolute, no backslash, no control character (NUL
    /// included), no empty, `.`, `..` or hidden part.
    static func relativeName(_ encoded: Substring) -> String? {
        guard let decoded = encoded.removingPercentEncoding, !decoded.isEmpty, !decoded.hasPrefix("/"),
              !decoded.contains("\\"), !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }) ? decoded : nil
    }

    /// The path below the folder, without `.ft`, of a file inside it.
    public func relative(_ file: URL) -> String? {
        let path = file.standardizedFileURL.path
        guard path.hasPrefix(root.path + "/"), path.hasSuffix(".ft") else { return nil }
        return String(path.dropFirst(root.path.count + 1).dropLast(3))
    }

    /// Every theory under the folder, as relative paths without `.ft`,
    /// sorted; hidden folders and links that lead out are skipped.
    public func all() -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var found: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "ft" {
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL
            guard resolved.path.hasPrefix(root.path + "/"),
                  POSIX.facts(of: resolved.path)?.kind == .regular else { continue }
            var relative = url.standardizedFileURL.path
            guard relative.hasPrefix(root.path + "/") else { continue }
            relative.removeFirst(root.path.count + 1)
            found.append(String(relative.dropLast(3)))
        }
        return found.sorted()
    }

    /// Files under the folder that end in `.ft.txt` (Notepad's default
    /// when saving a theory), relative, sorted: listed with a hint to rename.
    public func misnamed() -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in enumerator where url.lastPathComponent.lowercased().hasSuffix(".ft.txt") {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(root.path + "/") { found.append(String(path.dropFirst(root.path.count + 1))) }
        }
        return found.sorted()
    }

    /// The file for a relative theory path without `.ft`.
    public func file(forRelative relative: String) -> URL {
        root.appendingPathComponent(relative + ".ft")
    }
}
