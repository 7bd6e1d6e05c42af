import Foundation
import TocPlatform
import TocSyntax

/// Reads included files from disk, relative to `root` (the working
/// directory when nil). Only `.ft` files are read, only regular files, and,
/// when `allowed` is set, only inside those folders (links resolved), so
/// that `inkluder: /etc/passwd` or `../secret.env` never shows a byte of
/// what it names.
public struct DiskLoader: SourceLoader {
    /// The folder paths are relative to; nil for the working directory.
    public var root: URL?
    /// The real paths of the folders included files must lie in; nil for anywhere.
    public var allowed: [String]?
    /// The tree as messages name it (the first allowed folder, as the user knows it).
    public var treeName: String
    /// The most bytes an included file may have.
    public var limit: Int

    /// A loader for paths relative to `root`, reading inside `allowed`
    /// (real paths) only, when given.
    public init(root: URL? = nil, allowed: [String]? = nil, treeName: String = ".", limit: Int = 64 << 20) {
        self.root = root
        self.allowed = allowed
        self.treeName = treeName
        self.limit = limit
    }

    /// Reads the file, or says why not without showing what it holds.
    public func load(_ path: String) -> Result<SourceFile, IncludeFailure> {
        guard path.lowercased().hasSuffix(".ft") else { return .failure(.notTheoryFile) }
        let full = path.hasPrefix("/") || root == nil ? path : root!.appendingPathComponent(path).path
        if let allowed {
            switch POSIX.realPath(full) {
            case .failure(let error): return .failure(Self.failure(error.code))
            case .success(let real):
                guard allowed.contains(where: { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                    return .failure(.outside(tree: treeName))
                }
            }
        }
        switch POSIX.readFile(full, limit: limit) {
        case .success(let (bytes, _)):
            guard !bytes.contains(0) else { return .failure(.notText) }
            return .success(SourceFile(path: path, data: bytes))
        case .failure(.system(let code)): return .failure(Self.failure(code))
        case .failure(.notAFile(let kind)):
            return .failure(kind == .folder ? .folder : .other(LocalizedText(
                "'\(path)' is not a regular file (it is a pipe, a device or a socket)",
                da: "'\(path)' er ikke en almindelig fil (det er et rør, en enhed eller en sokkel)")))
        case .failure(.tooLarge):
            return .failure(.other(LocalizedText(
                "'\(path)' is larger than the limit of \(limit >> 20) MB",
                da: "'\(path)' er større end grænsen på \(limit >> 20) MB")))
        }
    }

    private static func failure(_ code: Int32) -> IncludeFailure {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EISDIR: .folder
        case ELOOP: .other(LocalizedText("its symbolic links form a loop", da: "dens symbolske links danner en løkke"))
        default: .unreadable
        }
    }
}
