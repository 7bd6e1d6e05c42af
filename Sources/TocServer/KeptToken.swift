import Foundation
import TocPlatform

/// The write token of a folder, kept between runs of `toc serve` so an open
/// page goes on saving after the server restarts (issue #25): one file per
/// served folder in the user's state folder (`$XDG_STATE_HOME/toc/serve`,
/// else `~/.local/state/toc/serve`), readable by the user alone (mode 0600,
/// its folder 0700). A file anyone else may read is not trusted and is
/// replaced.
public enum KeptToken {
    /// The folder the tokens are kept in, from the environment.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/toc/serve" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/toc/serve"
    }

    /// The token kept for `served` (a folder), made and kept when there is
    /// none yet; nil when the state folder cannot be written (the run then
    /// uses a token of its own).
    public static func token(for served: String, in folder: String?) -> String? {
        guard let folder, case .success(let real) = POSIX.realPath(served) else { return nil }
        let path = folder + "/" + name(of: real)
        let manager = FileManager.default
        if let facts = POSIX.facts(of: path), facts.mode & 0o077 == 0,
           let data = manager.contents(atPath: path),
           let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
           text.count == 32, text.allSatisfy(\.isHexDigit) {
            return text
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let token = WriteAccess().token
            let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).new"
            guard manager.createFile(
                atPath: temporary, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else { return nil }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary)
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                return nil
            }
            return token
        } catch {
            return nil
        }
    }

    /// A file name for a folder's real path: its last part (for a person
    /// looking) and a hash of the whole path.
    static func name(of real: String) -> String {
        let hash = EntityTag.fnv1a(real.utf8)
        let last = (real as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return (last.isEmpty ? "root" : String(last.prefix(40))) + "-" + String(hash, radix: 16)
    }
}
