import Foundation
import TocPlatform
import TocModel
import TocSyntax

extension LocalizedText {
    /// A path that does not exist.
    public static let noSuchPath = LocalizedText("no such file or folder", da: "filen eller mappen findes ikke")
    /// Why a path could not be used.
    public static let permissionDenied = LocalizedText("permission denied", da: "adgang nægtet")
    /// Why a path could not be used.
    public static let unlistable = LocalizedText("the folder cannot be listed", da: "mappens indhold kan ikke læses")
    /// Why a path could not be used.
    public static let noTheories = LocalizedText(
        "the folder holds no theory files (*.ft)", da: "mappen indeholder ingen teorifiler (*.ft)")
    /// Why a path could not be used.
    public static let isFolder = LocalizedText("it is a folder, not a file", da: "det er en mappe, ikke en fil")
}

/// Expands command-line paths into theory files.
public enum InputFiles {
    /// A path that could not be used, with the reason in plain words.
    public struct Failure: Error, Equatable, Sendable {
        /// The path as given.
        public var path: String
        /// Why it could not be read.
        public var reason: LocalizedText

        /// A path and why it could not be used.
        public init(path: String, reason: LocalizedText) {
            self.path = path
            self.reason = reason
        }

        /// One line for standard error, in English.
        public var message: String { message(.en) }

        /// One line for standard error.
        public func message(_ language: Language) -> String {
            language == .da
                ? "toc: kan ikke læse '\(path)': \(reason.da)"
                : "toc: cannot read '\(path)': \(reason.en)"
        }
    }

    /// The extension of theory files.
    public static let fileExtension = "ft"

    /// The path that stands for standard input, where a command takes it.
    public static let standardInput = "-"

    /// The name standard input goes by in messages.
    public static let standardInputName = "<stdin>"

    /// Whether `path` means standard input: `-`, unless a file has that name.
    public static func isStandardInput(_ path: String) -> Bool {
        path == standardInput && !FileManager.default.fileExists(atPath: path)
    }

    /// Files named directly are taken as they are; folders are searched
    /// recursively for `*.ft`, skipping hidden folders, in sorted order.
    /// With `standardInput`, `-` (when no file has that name) is standard input.
    public static func expand(_ paths: [String], standardInput: Bool = false) -> (files: [String], failures: [Failure]) {
        var files: [String] = []
        var failures: [Failure] = []
        let manager = FileManager.default
        for path in paths {
            if standardInput, isStandardInput(path) {
                files.append(path)
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                failures.append(Failure(path: path, reason: .noSuchPath))
                continue
            }
            guard isFolder.boolValue else {
                guard manager.isReadableFile(atPath: path) else {
                    failures.append(Failure(path: path, reason: .permissionDenied))
                    continue
                }
                files.append(path)
                continue
            }
            let (found, unlisted) = theories(in: path)
            failures += unlisted
            if found.isEmpty, unlisted.isEmpty { failures.append(Failure(path: path, reason: .noTheories)) }
            files.append(contentsOf: found)
        }
        // A file named twice (`toc check theories theories/a.ft`, `a.ft ./a.ft`)
        // is read and counted once, where it first came. One folder alone
        // lists each file once already.
        if paths.count > 1 {
            var seen: Set<String> = []
            files = files.filter { seen.insert(IncludePath.key($0)).inserted }
        }
        return (files, failures)
    }

    /// The theory files below `folder`, and the folders in it (or the folder
    /// itself) that could not be listed, so that no part of a portfolio is
    /// skipped in silence.
    private static func theories(in folder: String) -> (files: [String], unlisted: [Failure]) {
        let root = URL(fileURLWithPath: folder)
        let rootPath = root.standardizedFileURL.path
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        func shown(_ url: URL) -> String {
            let path = url.standardizedFileURL.path
            if path == rootPath { return folder }
            return path.hasPrefix(rootPath + "/") ? prefix + path.dropFirst(rootPath.count + 1) : path
        }
        final class Unlisted: @unchecked Sendable { var failures: [Failure] = [] }
        let unlisted = Unlisted()
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                let denied = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(EACCES)
                    || (error as NSError).code == CocoaError.fileReadNoPermission.rawValue
                unlisted.failures.append(Failure(path: shown(url), reason: denied ? .permissionDenied : .unlistable))
                return true
            }
        ) else { return ([], [Failure(path: folder, reason: .unlistable)]) }
        var relative: [String] = []
        for case let url as URL in enumerator where url.pathExtension == fileExtension {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            var path = url.standardizedFileURL.path
            if path.hasPrefix(rootPath + "/") { path.removeFirst(rootPath.count + 1) }
            relative.append(path)
        }
        return (relative.sorted().map { prefix + $0 }, unlisted.failures.sorted { $0.path < $1.path })
    }

    /// Reads a file's bytes, or says why it cannot; the run's `inputs`
    /// record the file (so no output is written over it) and give standard input.
    public static func read(_ path: String, inputs: RunInputs) -> Result<[UInt8], Failure> {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isStandardInput(path) { return .success(inputs.standardInput()) }
        if exists, isFolder.boolValue { return .failure(Failure(path: path, reason: .isFolder)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            // Gone since it was listed, or not readable.
            let stillThere = FileManager.default.fileExists(atPath: path)
            return .failure(Failure(path: path, reason: stillThere ? .permissionDenied : .noSuchPath))
        }
        inputs.noteRead(path)
        return .success([UInt8](data))
    }
}

/// What one run reads from outside: the files it has read (theories,
/// measurements), known by device and inode, so that no output is ever
/// written over one of them whatever its name (`toc render a -o a`,
/// `-o målinger.csv`), and standard input, read once when first asked for.
/// Each run has its own, so the pipeline can run many times in one process.
public final class RunInputs: @unchecked Sendable {
    private let lock = NSLock()
    private var identities: Set<[UInt64]> = []
    private var standardInputBytes: [UInt8]?
    private let readStandardInput: @Sendable () -> [UInt8]

    /// A run's record; `standardInput` gives the bytes of `-` (by default
    /// the process's standard input, read to its end).
    public init(standardInput: @escaping @Sendable () -> [UInt8] = {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }) {
        readStandardInput = standardInput
    }

    /// Standard input's bytes, read once.
    public func standardInput() -> [UInt8] {
        lock.withLock {
            if let standardInputBytes { return standardInputBytes }
            let bytes = readStandardInput()
            standardInputBytes = bytes
            return bytes
        }
    }

    /// Notes that `path` was read.
    public func noteRead(_ path: String) {
        guard let identity = Self.identity(of: path) else { return }
        lock.withLock { _ = identities.insert(identity) }
    }

    /// Whether `path` is a file the run has read.
    public func hasRead(_ path: String) -> Bool {
        guard let identity = Self.identity(of: path) else { return false }
        return lock.withLock { identities.contains(identity) }
    }

    private static func identity(of path: String) -> [UInt64]? {
        POSIX.facts(of: path).map { [$0.device, $0.inode] }
    }
}
