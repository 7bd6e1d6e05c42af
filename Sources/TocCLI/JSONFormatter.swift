import TocPipeline
import TocSyntax

/// Formats a whole check run as one JSON object:
/// `{"findings": [...], "summary": {"files", "errors", "warnings", "unreadable"},
/// "theories": [...], "unreadable": [{"path", "reason"}]}`, through
/// `Codable` (the findings are the same records the page receives).
public enum JSONFormatter {
    /// The JSON text for a run, keys in a fixed order, ending in a newline;
    /// `theories`, the table's rows; `unreadable`, the paths that could not
    /// be read and why.
    static func format(
        _ diagnostics: [Diagnostic], files: Int, language: Language = .en, theories: [TheoryRecord]? = nil,
        unreadable: [InputFiles.Failure] = []
    ) -> String {
        let run = CheckJSON(
            findings: diagnostics.map { FindingRecord($0, language: language) },
            summary: .init(
                files: files, errors: diagnostics.filter { $0.severity == .error }.count,
                warnings: diagnostics.filter { $0.severity == .warning }.count, unreadable: unreadable.count),
            theories: theories,
            unreadable: unreadable.map { .init(path: $0.path, reason: $0.reason.text(language)) })
        return JSONOutput.text(run) + "\n"
    }
}

/// The JSON object of `toc check --format json`.
struct CheckJSON: Encodable {
    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var unreadable: Int
    }

    struct Unreadable: Encodable {
        var path: String
        var reason: String
    }

    var findings: [FindingRecord]
    var summary: Summary
    var theories: [TheoryRecord]?
    var unreadable: [Unreadable]
}
