import Foundation
import TocPlatform
import TocSyntax


/// Writes files whole or not at all: a temporary file beside the target,
/// then a rename. A symbolic link is followed and stays a link; a file
/// written over keeps its owner, group and permissions; a device, FIFO or
/// socket is never replaced. Missing folders are made. Temporary files a
/// killed `toc` left in the folder are removed. Failures carry the reason
/// (`WriteFailure`), said plainly in the user's language.
public enum AtomicWrite {
    /// Writes `bytes` to `path`. A file the run has read (`inputs`) is never
    /// written over, unless `rewriting` (`toc fmt`): then it is written only
    /// if it is still as the run read it.
    public static func write(_ bytes: [UInt8], to path: String, rewriting: Bool = false, protecting inputs: RunInputs) throws {
        if let facts = POSIX.facts(of: path), facts.kind != .regular, facts.kind != .folder {
            guard !rewriting, writesThrough(path) else { throw WriteFailure(path: path, reason: .notAFile(facts.kind)) }
            return try writeThrough(bytes, to: path)
        }
        let target: String
        switch POSIX.followLinks(path) {
        case .success(let found): target = found
        case .failure(let error): throw WriteFailure(path: path, code: error.code)
        }
        if !rewriting, inputs.hasRead(target) { throw WriteFailure(path: path, reason: .readByTheRun) }
        let existing = POSIX.linkFacts(of: target)
        if let existing, existing.kind != .regular {
            throw existing.kind == .folder
                ? WriteFailure(path: path, code: EISDIR) : WriteFailure(path: path, reason: .notAFile(existing.kind))
        }
        try checkUnchanged(path, target: target, rewriting: rewriting, inputs: inputs)
        let folder = PathText.folder(of: target)
        try makeFolders(folder.isEmpty ? "." : folder)
        TemporaryFiles.removeStale(in: folder.isEmpty ? "." : folder)
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + TemporaryFiles.name(for: name)
        let fd = open(WorkingFolder.resolve(temporary), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteFailure(path: folder.isEmpty ? "." : folder, code: errno) }
        var failure = POSIX.writeAll(fd, bytes).map { WriteFailure(path: path, code: $0) }
        if failure == nil, let existing {
            // The owner only root can give back; for others the file was theirs.
            _ = fchown(fd, uid_t(existing.owner), gid_t(existing.group))
            if fchmod(fd, mode_t(existing.mode & 0o7777)) != 0 { failure = WriteFailure(path: path, code: errno) }
        }
        if close(fd) != 0, failure == nil { failure = WriteFailure(path: path, code: errno) }
        if failure == nil {
            do { try checkUnchanged(path, target: target, rewriting: rewriting, inputs: inputs) } catch let error as WriteFailure {
                failure = error
            }
        }
        if failure == nil, rename(WorkingFolder.resolve(temporary), WorkingFolder.resolve(target)) != 0 { failure = WriteFailure(path: path, code: errno) }
        if let failure {
            unlink(WorkingFolder.resolve(temporary))
            throw failure
        }
    }

    /// Paths that name standard streams or the null device, written
    /// through like `-o -` rather than refused.
    public static func writesThrough(_ path: String) -> Bool {
        ["/dev/stdout", "/dev/stderr", "/dev/null"].contains(path) || path.hasPrefix("/dev/fd/")
            || path.hasPrefix("/proc/self/fd/")
    }

    private static func writeThrough(_ bytes: [UInt8], to path: String) throws {
        let fd = open(WorkingFolder.resolve(path), O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw WriteFailure(path: path, code: errno) }
        defer { close(fd) }
        if let code = POSIX.writeAll(fd, bytes) { throw WriteFailure(path: path, code: code) }
    }

    /// For `rewriting`: refuses when the file is no longer as the run read
    /// it (another save came in between).
    private static func checkUnchanged(_ path: String, target: String, rewriting: Bool, inputs: RunInputs) throws {
        guard rewriting, let before = inputs.facts(whenRead: path) else { return }
        guard let now = POSIX.facts(of: target), now.isUnchanged(comparedTo: before) else {
            throw WriteFailure(path: path, reason: .changedSinceRead)
        }
    }

    /// Makes `folder` and the folders above it that are missing.
    public static func makeFolders(_ folder: String) throws {
        if let facts = POSIX.facts(of: folder) {
            guard facts.kind == .folder else { throw WriteFailure(path: folder, code: ENOTDIR) }
            return
        }
        let parent = PathText.folder(of: folder)
        if !parent.isEmpty, parent != folder { try makeFolders(parent) }
        if mkdir(WorkingFolder.resolve(folder), 0o777) != 0, errno != EEXIST { throw WriteFailure(path: folder, code: errno) }
    }
}

/// Why a file could not be written: the path that failed (the file, or a
/// folder on its way) and the reason.
public struct WriteFailure: Error, Equatable, Sendable {
    /// The reasons: a system error, or a file the run reads.
    public enum Reason: Equatable, Sendable {
        /// A system error (`errno`).
        case system(Int32)
        /// The run reads the file.
        case readByTheRun
        /// A device, FIFO, socket or folder.
        case notAFile(POSIX.FileKind)
        /// Changed since the run read it.
        case changedSinceRead
    }

    /// The file, or the folder on its way, that could not be written.
    public let path: String
    /// Why.
    public let reason: Reason

    /// A failure with a system error number.
    public init(path: String, code: Int32) {
        self.init(path: path, reason: .system(code))
    }

    /// A failure for a reason.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The reason in plain words, for `toc: cannot write 'FILE': REASON`.
    public func text(_ language: Language) -> String {
        let code: Int32
        switch reason {
        case .readByTheRun:
            return LocalizedText(
                "it is one of the files being read; it is not written over",
                da: "det er en af de filer, der læses; den overskrives ikke").text(language)
        case .changedSinceRead:
            return LocalizedText(
                "it was changed by someone else while toc worked on it; it is left as it is (run the command again)",
                da: "den blev ændret af en anden, mens toc arbejdede med den; den er urørt (kør kommandoen igen)")
                .text(language)
        case .notAFile(let kind):
            return (LocalizedText("it is ", da: "det er ") + InputFiles.kindName(kind) + LocalizedText(
                ", not a file", da: ", ikke en fil") + LocalizedText(
                "; toc writes only regular files (-o - writes to standard output)",
                da: "; toc skriver kun almindelige filer (-o - skriver til standardoutput)")).text(language)
        case .system(let number): code = number
        }
        let said: LocalizedText? = switch code {
        case ENOTDIR, EEXIST: LocalizedText("'\(path)' is a file, not a folder", da: "'\(path)' er en fil, ikke en mappe")
        case ENOENT: LocalizedText("the folder '\(path)' cannot be made here", da: "mappen '\(path)' kan ikke oprettes her")
        case EACCES, EPERM: LocalizedText("no permission to write in '\(path)'", da: "ingen tilladelse til at skrive i '\(path)'")
        case EROFS: LocalizedText("'\(path)' is on a read-only disk", da: "'\(path)' ligger på en skrivebeskyttet disk")
        case ENOSPC, EDQUOT: LocalizedText("the disk is full", da: "disken er fuld")
        case EISDIR: LocalizedText("'\(path)' is a folder", da: "'\(path)' er en mappe")
        case EPIPE: LocalizedText("the program reading it has stopped", da: "programmet, der læser den, er stoppet")
        case EFBIG: LocalizedText("the file would be larger than this system allows", da: "filen ville blive større, end systemet tillader")
        default: nil
        }
        // The rest are said as when reading (a loop of links, a name too long, the system's words).
        return (said ?? InputFiles.reason(code)).text(language)
    }

    /// The whole message for the user.
    public static func message(_ error: Error, writing target: String, language: Language) -> String {
        let reason = (error as? WriteFailure)?.text(language) ?? error.localizedDescription
        let shown = shortened(target)
        return LocalizedText("toc: cannot write '\(shown)': \(reason)\n", da: "toc: kan ikke skrive '\(shown)': \(reason)\n")
            .text(language)
    }

    /// A path as a message shows it: a name of more than 60 characters as
    /// its start and end around "…" (a name too long is not echoed whole).
    public static func shortened(_ path: String) -> String {
        guard path.count > 80 else { return path }
        return String(path.prefix(40)) + "…" + String(path.suffix(20))
    }
}
