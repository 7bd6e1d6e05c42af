import Foundation
import TocSyntax

/// What one run has learnt about included files, shared by every theory it
/// checks: each file read and parsed once, each path's key worked out once.
/// A portfolio whose theories include one another (a chain of a thousand)
/// then costs a read and a parse per file, not per file per theory. Only
/// for one run: files may change between runs.
public final class IncludeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: String] = [:]
    private var loaded: [String: Result<SourceFile, IncludeFailure>] = [:]
    private var parsed: [String: ParseResult] = [:]

    /// An empty cache.
    public init() {}

    /// `IncludePath.key(path)`, once per path.
    public func key(_ path: String) -> String {
        if let key = lock.withLock({ keys[path] }) { return key }
        let key = IncludePath.key(path)
        lock.withLock { keys[path] = key }
        return key
    }

    /// `loader.load(path)`, once per loader and path; `scope` names the
    /// loader's limits (two loaders with other allowed folders do not share).
    func load(_ path: String, scope: String, loader: some SourceLoader) -> Result<SourceFile, IncludeFailure> {
        let key = scope + "\u{0}" + path
        if let known = lock.withLock({ loaded[key] }) { return known }
        let result = loader.load(path)
        lock.withLock { loaded[key] = result }
        return result
    }

    /// `Parser.parse(source)` of a loaded file, once per path.
    func parse(_ source: SourceFile) -> ParseResult {
        if let known = lock.withLock({ parsed[source.path] }) { return known }
        let result = Parser.parse(source, locationFile: source.path)
        lock.withLock { parsed[source.path] = result }
        return result
    }
}
