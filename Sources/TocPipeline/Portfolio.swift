import TocChecks
import TocModel
import TocSyntax

/// The result of checking some paths: which files they named, what could
/// not be read, what the `toc.yml` files said, and each file checked.
public struct Portfolio: Sendable {
    /// The theory files the paths expanded to, in order.
    public var files: [String]
    /// Paths that could not be expanded or listed.
    public var failures: [InputFiles.Failure]
    /// Problems in the `toc.yml` files that apply; when there are any,
    /// nothing was checked.
    public var configProblems: [Diagnostic]
    /// The text of the broken `toc.yml` files.
    public var configSources: [SourceFile]
    /// Every file, read and checked, in the order of `files`.
    public var checked: [Result<CheckedSource, InputFiles.Failure>] = []
    /// The positions in `checked` of files that are parts of another theory
    /// of the run (included by it and not named), not theories of their own.
    public var parts: Set<Int> = []

    /// The files that are theories of their own, in order.
    public var theories: [Result<CheckedSource, InputFiles.Failure>] {
        checked.indices.filter { !parts.contains($0) }.map { checked[$0] }
    }

    /// How many theories of their own the paths named.
    public var theoryCount: Int { files.count - parts.count }

    /// The positions of files that another theory of the run includes and
    /// that were found by searching a folder, not named: they are parts of
    /// those theories (shared goals, say), not theories of their own. Only
    /// files included by a theory that no other file includes count, so
    /// files that include each other (a loop) are still reported.
    static func includedParts(
        _ files: [(path: String, includes: [String])?], named: [String], key: (String) -> String
    ) -> Set<Int> {
        guard files.contains(where: { !($0?.includes.isEmpty ?? true) }) else { return [] }
        var includedBy: [String: [String]] = [:]
        for case let file? in files {
            includedBy[key(file.path)] = file.includes.map(key)
        }
        let includedAnywhere = Set(includedBy.values.joined())
        guard !includedAnywhere.isEmpty else { return [] }
        var included: Set<String> = []
        for (fileKey, parts) in includedBy where !includedAnywhere.contains(fileKey) { included.formUnion(parts) }
        let namedKeys = Set(named.map(key))
        var parts: Set<Int> = []
        for (index, item) in files.enumerated() {
            guard let file = item else { continue }
            let fileKey = key(file.path)
            if included.contains(fileKey), !namedKeys.contains(fileKey) { parts.insert(index) }
        }
        return parts
    }
}
