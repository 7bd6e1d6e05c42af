import Foundation
import TocPlatform

/// The temporary files `AtomicWrite` makes beside a target, named
/// `.NAME.PID.UUID.tmp`, and their cleaning: a file whose process no longer
/// runs (a `toc` killed mid-write) is removed by the next write in that
/// folder. Files of the older naming, `.NAME.UUID.tmp`, are removed once
/// an hour old.
public enum TemporaryFiles {
    /// How old a temporary file without a process id must be to be stale.
    static let staleAge: Double = 3600

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cleaned: Set<String> = []

    /// A fresh temporary name for a file named `name`, within the 255 bytes
    /// a name may have whenever `name` is: a long name is shortened (at a
    /// character, æøå being two bytes) to leave room for the rest.
    static func name(for name: String) -> String {
        let rest = ".\(POSIX.processID).\(UUID().uuidString).tmp"
        let room = 255 - 1 - rest.utf8.count
        var kept = Substring(name)
        while kept.utf8.count > room { kept = kept.dropLast() }
        return ".\(kept)\(rest)"
    }

    /// Removes stale temporary files from `folder`, once per process.
    static func removeStale(in folder: String) {
        guard lock.withLock({ cleaned.insert(folder).inserted }) else { return }
        // A folder that cannot be listed has nothing toc can clean; the write says what is wrong with it.
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: WorkingFolder.resolve(folder)) else { return }
        let now = Date().timeIntervalSince1970
        for name in names where isStale(name, folder: folder, now: now) {
            unlink(WorkingFolder.resolve(folder + "/" + name))
        }
    }

    /// Whether `name` is one of `toc`'s temporary files whose writer is gone.
    static func isStale(_ name: String, folder: String, now: Double) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, UUID(uuidString: String(last)) != nil else { return false }
        guard let facts = POSIX.linkFacts(of: folder + "/" + name), facts.kind == .regular else { return false }
        if parts.count >= 4, let pid = Int32(parts[parts.count - 2]), pid > 0 {
            return !POSIX.processExists(pid)
        }
        return now - facts.modified > staleAge
    }
}
