import Foundation
import TocPipeline
import TocPlatform
import TocSyntax


/// Writes files whole or not at all: a temporary file beside the target,
/// then a rename. Missing folders are made. Failures carry the system's
/// reason (`WriteFailure`), said plainly in the user's language.
enum AtomicWrite {
    /// Writes `bytes` to `path`; with `keepingPermissionsOf`, the new file
    /// gets that file's permissions (for rewriting a file in place). A file
    /// the run has read (`inputs`) is never written over, unless it is `original`.
    static func write(
        _ bytes: [UInt8], to path: String, keepingPermissionsOf original: String? = nil, protecting inputs: RunInputs
    ) throws {
        if original != path, inputs.hasRead(path) { throw WriteFailure(path: path, reason: .readByTheRun) }
        let folder = PathText.folder(of: path)
        try makeFolders(folder.isEmpty ? "." : folder)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UUID().uuidString).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteFailure(path: folder.isEmpty ? "." : folder, code: errno) }
        var failure = POSIX.writeAll(fd, bytes).map { WriteFailure(path: path, code: $0) }
        if failure == nil, let original {
            if let facts = POSIX.facts(of: original), fchmod(fd, mode_t(facts.mode & 0o7777)) != 0 {
                failure = WriteFailure(path: path, code: errno)
            }
        }
        if close(fd) != 0, failure == nil { failure = WriteFailure(path: path, code: errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = WriteFailure(path: path, code: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Makes `folder` and the folders above it that are missing.
    static func makeFolders(_ folder: String) throws {
        if let facts = POSIX.facts(of: folder) {
            guard mode_t(facts.mode) & S_IFMT == S_IFDIR else { throw WriteFailure(path: folder, code: ENOTDIR) }
            return
        }
        let parent = PathText.folder(of: folder)
        if !parent.isEmpty, parent != folder { try makeFolders(parent) }
        if mkdir(folder, 0o777) != 0, errno != EEXIST { throw WriteFailure(path: folder, code: errno) }
    }
}

/// Why a file could not be written: the path that failed (the file, or a
/// folder on its way) and the reason.
struct WriteFailure: Error, Equatable {
    /// The reasons: a system error, or a file the run reads.
    enum Reason: Equatable {
        case system(Int32)
        case readByTheRun
    }

    let path: String
    let reason: Reason

    init(path: String, code: Int32) {
        self.init(path: path, reason: .system(code))
    }

    init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The reason in plain words, for `toc: cannot write 'FILE': REASON`.
    func text(_ language: Language) -> String {
        guard case .system(let code) = reason else {
            return LocalizedText(
                "it is one of the files being read; it is not written over",
                da: "det er en af de filer, der læses; den overskrives ikke").text(language)
        }
        let said: LocalizedText? = switch code {
        case ENOTDIR, EEXIST: LocalizedText("'\(path)' is a file, not a folder", da: "'\(path)' er en fil, ikke en mappe")
        case ENOENT: LocalizedText("the folder '\(path)' cannot be made here", da: "mappen '\(path)' kan ikke oprettes her")
        case EACCES, EPERM: LocalizedText("no permission to write in '\(path)'", da: "ingen tilladelse til at skrive i '\(path)'")
        case EROFS: LocalizedText("'\(path)' is on a read-only disk", da: "'\(path)' ligger på en skrivebeskyttet disk")
        case ENOSPC, EDQUOT: LocalizedText("the disk is full", da: "disken er fuld")
        case EISDIR: LocalizedText("'\(path)' is a folder", da: "'\(path)' er en mappe")
        case ENAMETOOLONG: LocalizedText("the name is too long", da: "navnet er for langt")
        case EPIPE: LocalizedText("the program reading it has stopped", da: "programmet, der læser den, er stoppet")
        default: nil
        }
        return said?.text(language) ?? String(cString: strerror(code))
    }

    /// The whole message for the user.
    static func message(_ error: Error, writing target: String, language: Language) -> String {
        let reason = (error as? WriteFailure)?.text(language) ?? error.localizedDescription
        return LocalizedText("toc: cannot write '\(target)': \(reason)\n", da: "toc: kan ikke skrive '\(target)': \(reason)\n")
            .text(language)
    }
}
