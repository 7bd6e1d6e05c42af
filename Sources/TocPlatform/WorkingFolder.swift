import Foundation

/// The folder relative paths are taken from: the process's working folder,
/// unless a run binds another (`TocMain.run(_:console:folder:)`, which
/// tests use to run commands in their own process without changing the
/// working folder every other test shares). Every place `toc` hands a path
/// to the system or to Foundation goes through `resolve`.
public enum WorkingFolder {
    /// The folder bound for this run; nil: the process's working folder.
    @TaskLocal public static var bound: String?

    /// The working folder: the bound one, or the process's.
    public static var path: String { bound ?? FileManager.default.currentDirectoryPath }

    /// `path` as the system should see it: a relative path is taken from the
    /// bound folder (unchanged when none is bound); absolute paths stay.
    public static func resolve(_ path: String) -> String {
        guard let bound, !path.hasPrefix("/") else { return path }
        if path.isEmpty || path == "." { return bound }
        return bound + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    /// A file URL for a path, relative ones taken from the working folder.
    public static func url(_ path: String) -> URL {
        URL(fileURLWithPath: resolve(path))
    }

    /// Runs `work` on other threads (`DispatchQueue.concurrentPerform`)
    /// with this thread's binding, which task-local values do not carry.
    public static func carried<Value>(_ work: @escaping @Sendable () -> Value) -> @Sendable () -> Value {
        let folder = bound
        return { WorkingFolder.$bound.withValue(folder) { work() } }
    }
}
