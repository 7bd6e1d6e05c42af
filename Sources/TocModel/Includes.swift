import Foundation
import TocSyntax

/// Reads the files that theories include. A seam: the command line reads
/// paths as the user named them, the preview server relative to its folder.
public protocol SourceLoader: Sendable {
    /// The file at `path` (as shown in messages), or why it cannot be read.
    func load(_ path: String) -> Result<SourceFile, IncludeFailure>
}

/// Why an included file could not be read.
public enum IncludeFailure: Error, Hashable, Sendable {
    /// Nothing at that path.
    case missing
    /// The path is a folder.
    case folder
    /// The file exists but cannot be read.
    case unreadable
}

/// Reads included files from disk, relative to `root` (the working
/// directory when nil).
public struct DiskLoader: SourceLoader {
    /// The folder paths are relative to; nil for the working directory.
    public var root: URL?

    /// Creates a loader for paths relative to `root`.
    public init(root: URL? = nil) {
        self.root = root
    }

    /// Reads the file, telling a missing file from a folder and an unreadable one.
    public func load(_ path: String) -> Result<SourceFile, IncludeFailure> {
        let url = path.hasPrefix("/") || root == nil ? URL(fileURLWithPath: path) : root!.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .failure(.missing) }
        if isFolder.boolValue { return .failure(.folder) }
        guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.unreadable) }
        return .success(SourceFile(path: path, data: [UInt8](data)))
    }
}

/// A theory's own file and every file it includes, directly or not.
public struct IncludedFiles: Sendable {
    /// The included files, parsed, in the order first included (depth first).
    public var files: [TheoryFile] = []
    /// Their sources, for showing the lines messages point at.
    public var sources: [SourceFile] = []
    /// Problems: missing files, loops, and the included files' own messages.
    public var diagnostics: [Diagnostic] = []

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Follows the `include:` lines of `file` (and of the files they bring
    /// in). A file reached twice is read once; a file that includes itself,
    /// directly or through others, is an error at the line that closes the loop.
    public static func resolve(_ file: TheoryFile, loader: some SourceLoader) -> IncludedFiles {
        var result = IncludedFiles()
        guard !file.includes.isEmpty else { return result }
        var seen: Set<String> = [IncludePath.key(file.path)]
        result.follow(file, chain: [file.path], seen: &seen, loader: loader)
        return result
    }

    private mutating func follow(_ file: TheoryFile, chain: [String], seen: inout Set<String>, loader: some SourceLoader) {
        for include in file.includes {
            let path = IncludePath.join(file.path, include.path.value)
            let key = IncludePath.key(path)
            let at = include.path.range.start
            if let loopStart = chain.firstIndex(where: { IncludePath.key($0) == key }) {
                let loop = (chain[loopStart...] + [path]).map { "'\($0)'" }.joined(separator: " → ")
                problem(LocalizedText(
                    "include loop: \(loop); a file cannot include itself, directly or through others",
                    da: "inkluderingsløkke: \(loop); en fil kan ikke inkludere sig selv, direkte eller gennem andre"),
                        in: file.path, at: at)
                continue
            }
            guard seen.insert(key).inserted else { continue }
            switch loader.load(path) {
            case .failure(let failure):
                problem(Self.describe(failure, path: path, written: include.path.value), in: file.path, at: at)
            case .success(let source):
                let parsed = Parser.parse(source, locationFile: source.path)
                diagnostics += parsed.diagnostics
                files.append(parsed.file)
                sources.append(source)
                follow(parsed.file, chain: chain + [path], seen: &seen, loader: loader)
            }
        }
    }

    private mutating func problem(_ text: LocalizedText, in path: String, at location: SourceLocation) {
        var located = location
        located.file = nil
        diagnostics.append(Diagnostic(rule: .includeError, severity: .error, text: text, file: path, location: located))
    }

    private static func describe(_ failure: IncludeFailure, path: String, written: String) -> LocalizedText {
        switch failure {
        case .missing:
            LocalizedText(
                "cannot include '\(written)': there is no file '\(path)'",
                da: "kan ikke inkludere '\(written)': filen '\(path)' findes ikke")
        case .folder:
            LocalizedText(
                "cannot include '\(written)': '\(path)' is a folder; include a .ft file",
                da: "kan ikke inkludere '\(written)': '\(path)' er en mappe; inkludér en .ft-fil")
        case .unreadable:
            LocalizedText(
                "cannot include '\(written)': '\(path)' cannot be read",
                da: "kan ikke inkludere '\(written)': '\(path)' kan ikke læses")
        }
    }
}

/// Paths of included files: relative to the including file's folder.
public enum IncludePath {
    /// `written` relative to the folder of `including`, with `.` and `..`
    /// steps folded away where they can be (`theories/fælles/mål.ft`).
    public static func join(_ including: String, _ written: String) -> String {
        if written.hasPrefix("/") { return normalize(written) }
        guard let slash = including.lastIndex(of: "/") else { return normalize(written) }
        return normalize(String(including[...slash]) + written)
    }

    /// A key that is the same for two spellings of one file.
    public static func key(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: normalize(absolute))
        return url.resolvingSymlinksInPath().path.precomposedStringWithCanonicalMapping
    }

    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}

/// Files held in memory: for tests, and for text that never was on disk.
public struct MemoryLoader: SourceLoader {
    /// The files' text, by path.
    public var files: [String: String]
    /// Paths that are folders.
    public var folders: Set<String>

    /// Creates a loader over some files and folders.
    public init(files: [String: String], folders: Set<String> = []) {
        self.files = files
        self.folders = folders
    }

    /// The file, or `.folder` / `.missing`.
    public func load(_ path: String) -> Result<SourceFile, IncludeFailure> {
        if folders.contains(path) { return .failure(.folder) }
        guard let text = files[path] else { return .failure(.missing) }
        return .success(SourceFile(path: path, text: text))
    }
}
