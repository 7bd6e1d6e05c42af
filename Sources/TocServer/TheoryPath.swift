import Foundation

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
        guard let decoded = encoded.removingPercentEncoding, !decoded.isEmpty,
              !decoded.contains("\0"), !decoded.hasPrefix("/"), !decoded.contains("\\") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }) else { return nil }
        let candidate = root.appendingPathComponent(decoded + ".ft")
        let resolved = candidate.resolvingSymlinksInPath().standardizedFileURL
        guard resolved.path.hasPrefix(root.path + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        return candidate
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
                  (try? resolved.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var relative = url.standardizedFileURL.path
            guard relative.hasPrefix(root.path + "/") else { continue }
            relative.removeFirst(root.path.count + 1)
            found.append(String(relative.dropLast(3)))
        }
        return found.sorted()
    }

    /// The file for a relative theory path without `.ft`.
    public func file(forRelative relative: String) -> URL {
        root.appendingPathComponent(relative + ".ft")
    }
}
