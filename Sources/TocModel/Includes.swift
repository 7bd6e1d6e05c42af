import Foundation
import TocPlatform
import TocSyntax

/// Reads the files that theories include. A seam: the command line reads
/// paths as the user named them, the preview server relative to its folder.
public protocol SourceLoader: Sendable {
    /// The file at `path` (as shown in messages), or why it cannot be read.
    func load(_ path: String) -> Result<SourceFile, IncludeFailure>
}

/// Why an included file could not be read. None of them ever shows what
/// the file holds.
public enum IncludeFailure: Error, Hashable, Sendable {
    /// Nothing at that path.
    case missing
    /// The path is a folder.
    case folder
    /// The file exists but cannot be read.
    case unreadable
    /// The name does not end in `.ft`: only theory files are included.
    case notTheoryFile
    /// The file lies outside the folders includes may use (shown as given).
    case outside(tree: String)
    /// The file holds bytes that are not text (a NUL byte).
    case notText
    /// The path is not a file but this (a FIFO, a device), or another reason.
    case other(LocalizedText)
}

/// A theory's own file and every file it includes, directly or not.
public struct IncludedFiles: Sendable {
    /// The included files, parsed, in the order first included (depth first).
    public var files: [TheoryFile] = []
    /// Their sources, for showing the lines messages point at.
    public var sources: [SourceFile] = []
    /// Problems: missing files, loops, and the included files' own messages.
    public var diagnostics: [Diagnostic] = []
    /// Every path an include named, read or not (a missing file too), so
    /// that a watcher notices when one appears.
    public var named: [String] = []

    /// No included files (a theory without `inkluder:` lines).
    public init() {}

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Follows the `include:` lines of `file` (and of the files they bring
    /// in). A file reached twice is read once; a file that includes itself,
    /// directly or through others, is an error at the line that closes the
    /// loop. Depth first, without recursion, and linear in the files read:
    /// a chain of a thousand includes costs a thousand reads.
    public static func resolve(_ file: TheoryFile, loader: some SourceLoader) -> IncludedFiles {
        resolve(file, loader: loader, cache: IncludeCache(), scope: "")
    }

    /// `resolve` with what earlier resolutions of the run learnt (`cache`);
    /// `scope` tells loaders with different limits apart.
    public static func resolve(
        _ file: TheoryFile, loader: some SourceLoader, cache: IncludeCache, scope: String
    ) -> IncludedFiles {
        var result = IncludedFiles()
        guard !file.includes.isEmpty else { return result }
        let keys = cache
        let rootKey = keys.key(file.path)
        var seen: Set<String> = [rootKey]
        // The files being followed, outermost first, and the next include of each.
        var chain: [(file: TheoryFile, key: String, next: Int)] = [(file, rootKey, 0)]
        var onChain: Set<String> = [rootKey]
        while let top = chain.last {
            guard top.next < top.file.includes.count else {
                onChain.remove(top.key)
                chain.removeLast()
                continue
            }
            chain[chain.count - 1].next += 1
            let include = top.file.includes[top.next]
            let path = IncludePath.join(top.file.path, include.path.value)
            let key = keys.key(path)
            let at = include.path.range.start
            if onChain.contains(key), let loopStart = chain.firstIndex(where: { $0.key == key }) {
                let loop = (chain[loopStart...].map(\.file.path) + [path]).map { "'\($0)'" }.joined(separator: " → ")
                result.problem(LocalizedText(
                    "include loop: \(loop); a file cannot include itself, directly or through others",
                    da: "inkluderingsløkke: \(loop); en fil kan ikke inkludere sig selv, direkte eller gennem andre"),
                               in: top.file.path, at: at)
                continue
            }
            guard seen.insert(key).inserted else { continue }
            result.named.append(path)
            switch cache.load(path, scope: scope, loader: loader) {
            case .failure(let failure):
                result.problem(Self.describe(failure, path: path, written: include.path.value), in: top.file.path, at: at)
            case .success(let source):
                let parsed = cache.parse(source)
                result.diagnostics += parsed.diagnostics
                result.files.append(parsed.file)
                result.sources.append(source)
                chain.append((parsed.file, key, 0))
                onChain.insert(key)
            }
        }
        return result
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
        case .notTheoryFile:
            LocalizedText(
                "cannot include '\(written)': only theory files (.ft) can be included",
                da: "kan ikke inkludere '\(written)': kun teorifiler (.ft) kan inkluderes")
        case .outside(let tree):
            LocalizedText(
                "cannot include '\(written)': it lies outside '\(tree)', the folder being worked on; "
                    + "toc.yml can name more folders under 'include-folders:'",
                da: "kan ikke inkludere '\(written)': den ligger uden for '\(tree)', mappen der arbejdes i; "
                    + "toc.yml kan nævne flere mapper under 'include-folders:'")
        case .notText:
            LocalizedText(
                "cannot include '\(written)': '\(path)' is not a text file",
                da: "kan ikke inkludere '\(written)': '\(path)' er ikke en tekstfil")
        case .other(let reason):
            LocalizedText("cannot include '\(written)': ", da: "kan ikke inkludere '\(written)': ") + reason
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

    /// A key that is the same for two spellings of one file (the real
    /// path, links resolved, Unicode composed).
    public static func key(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : WorkingFolder.path + "/" + path
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
