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

    /// Why a file or standard input was not read: larger than the limit.
    public static func tooLarge(limit: Int) -> LocalizedText {
        let megabytes = limit / InputLimit.megabyte
        return LocalizedText(
            "it is larger than the limit of \(megabytes) MB; set \(InputLimit.variable) to a number of megabytes to raise it",
            da: "den er større end grænsen på \(megabytes) MB; sæt \(InputLimit.variable) til et antal megabyte for at hæve den")
    }
}

/// How large a theory, measurements file or standard input `toc` reads:
/// 64 MB unless the environment variable `TOC_MAX_INPUT_MB` says otherwise.
/// A bound, so that `toc check - < /dev/zero` ends with a message.
public enum InputLimit {
    /// The environment variable that sets the limit, in megabytes.
    public static let variable = "TOC_MAX_INPUT_MB"
    /// Bytes in a megabyte.
    public static let megabyte = 1 << 20
    /// The default limit in bytes.
    public static let standard = 64 * megabyte

    /// The limit the environment sets (the default when unset or not a positive number).
    public static func bytes(environment: [String: String]) -> Int {
        guard let text = environment[variable], let megabytes = Int(text), megabytes > 0, megabytes < 1 << 20 else {
            return standard
        }
        return megabytes * megabyte
    }
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
        path == standardInput && !FileManager.default.fileExists(atPath: WorkingFolder.resolve(path))
    }

    /// Files named directly are taken as they are; folders are searched
    /// recursively for `*.ft`, skipping hidden folders, in sorted order.
    /// With `standardInput`, `-` (when no file has that name) is standard input.
    public static func expand(_ paths: [String], standardInput: Bool = false) -> (files: [String], failures: [Failure]) {
        var files: [String] = []
        var failures: [Failure] = []
        for path in paths {
            if standardInput, isStandardInput(path) {
                files.append(path)
                continue
            }
            let facts: POSIX.FileFacts
            switch POSIX.lookUp(path) {
            case .failure(let error):
                failures.append(Failure(path: path, reason: reason(error.code)))
                continue
            case .success(let found): facts = found
            }
            guard facts.kind == .folder else {
                // Reading says what is wrong with a FIFO, a device or an unreadable file.
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
        let root = WorkingFolder.url(folder)
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
            guard POSIX.linkFacts(of: url.path)?.kind == .regular else { continue }  // links are not followed here
            var path = url.standardizedFileURL.path
            if path.hasPrefix(rootPath + "/") { path.removeFirst(rootPath.count + 1) }
            relative.append(path)
        }
        return (relative.sorted().map { prefix + $0 }, unlisted.failures.sorted { $0.path < $1.path })
    }

    /// Reads a file's bytes, or says why it cannot; the run's `inputs`
    /// record the file (so no output is written over it, and `toc fmt` can
    /// tell a later change) and give standard input. Only regular files are
    /// read, up to the run's size limit.
    public static func read(_ path: String, inputs: RunInputs) -> Result<[UInt8], Failure> {
        if isStandardInput(path) {
            return inputs.standardInput()
        }
        switch POSIX.readFile(path, limit: inputs.limit) {
        case .success(let (bytes, facts)):
            inputs.noteRead(path, facts: facts)
            return .success(bytes)
        case .failure(let problem):
            return .failure(Failure(path: path, reason: reason(problem, limit: inputs.limit)))
        }
    }

    /// A reading problem in plain words.
    public static func reason(_ problem: POSIX.ReadProblem, limit: Int) -> LocalizedText {
        switch problem {
        case .notAFile(let kind): reason(kind)
        case .tooLarge: .tooLarge(limit: limit)
        case .system(let code): reason(code)
        }
    }

    /// Why a path of this kind is not read, in plain words.
    public static func reason(_ kind: POSIX.FileKind) -> LocalizedText {
        switch kind {
        case .folder: .isFolder
        case .fifo: LocalizedText("it is ", da: "det er ") + kindName(kind) + LocalizedText(
            ", not a file; to read a pipe, give - and send it to standard input",
            da: ", ikke en fil; giv - og send røret til standardinput for at læse det")
        default: LocalizedText("it is ", da: "det er ") + kindName(kind) + LocalizedText(", not a file", da: ", ikke en fil")
        }
    }

    /// What a path is, in words: `a named pipe (FIFO)`, `a device`.
    public static func kindName(_ kind: POSIX.FileKind) -> LocalizedText {
        switch kind {
        case .folder: LocalizedText("a folder", da: "en mappe")
        case .fifo: LocalizedText("a named pipe (FIFO)", da: "et navngivet rør (FIFO)")
        case .characterDevice, .blockDevice: LocalizedText("a device", da: "en enhed")
        case .socket: LocalizedText("a socket", da: "en sokkel")
        case .symbolicLink: LocalizedText("a symbolic link", da: "et symbolsk link")
        case .regular: LocalizedText("a file", da: "en fil")
        case .other: LocalizedText("not a regular file", da: "ikke en almindelig fil")
        }
    }

    /// A system error met when reading, in plain words.
    public static func reason(_ code: Int32) -> LocalizedText {
        switch code {
        case ENOENT, ENOTDIR: .noSuchPath
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isFolder
        case ELOOP: LocalizedText(
            "its symbolic links form a loop", da: "dens symbolske links danner en løkke")
        case ENAMETOOLONG: LocalizedText("the name is too long", da: "navnet er for langt")
        default: LocalizedText(String(cString: strerror(code)), da: String(cString: strerror(code)))
        }
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
    private var factsWhenRead: [String: POSIX.FileFacts] = [:]
    private var standardInputBytes: [UInt8]?
    private let readStandardInput: @Sendable (Int) -> [UInt8]
    /// The most bytes a file or standard input may have.
    public let limit: Int
    /// Included files read and parsed in this run, shared by its theories.
    public let includes = IncludeCache()

    /// A run's record; `standardInput` gives the bytes of `-` (by default
    /// the process's standard input), asked for at most one byte more than
    /// `limit`, so that too much is known without reading it all.
    public init(
        limit: Int = InputLimit.standard,
        standardInput: @escaping @Sendable (Int) -> [UInt8] = { POSIX.readAll(0, limit: $0).bytes }
    ) {
        self.limit = limit
        readStandardInput = standardInput
    }

    /// Standard input's bytes, read once, or why not (more than the limit).
    public func standardInput() -> Result<[UInt8], InputFiles.Failure> {
        let bytes = lock.withLock {
            if let standardInputBytes { return standardInputBytes }
            let bytes = readStandardInput(limit)
            standardInputBytes = bytes
            return bytes
        }
        guard bytes.count <= limit else {
            return .failure(InputFiles.Failure(path: InputFiles.standardInputName, reason: .tooLarge(limit: limit)))
        }
        return .success(bytes)
    }

    /// Notes that `path` was read, as it was then.
    public func noteRead(_ path: String, facts: POSIX.FileFacts? = nil) {
        guard let facts = facts ?? POSIX.facts(of: path) else { return }
        lock.withLock {
            identities.insert([facts.device, facts.inode])
            factsWhenRead[path] = facts
        }
    }

    /// What `path` was like when the run read it, to tell whether it has
    /// changed since (nil when the run has not read it).
    public func facts(whenRead path: String) -> POSIX.FileFacts? {
        lock.withLock { factsWhenRead[path] }
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
