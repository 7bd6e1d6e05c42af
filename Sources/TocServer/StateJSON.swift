import TocPipeline
import TocSyntax

/// A theory's state for the page: versions, whether it parses, and its
/// findings in the page's language, as the same records `toc check
/// --format json` prints (`title` is left out while there is none).
struct StateJSON: Encodable {
    var path: String
    var title: String?
    var version: Int
    var diagramVersion: Int
    var parses: Bool
    var hasDiagram: Bool
    /// A drawing of the file as it is now is on its way (or it is not read yet).
    var drawing: Bool
    var nodes: Int
    var errors: Int
    var warnings: Int
    var findings: [FindingRecord]
    var areas: [AreaName]

    /// The JSON text of a theory's state, its messages in `language`.
    static func encode(_ state: TheoryState, language: Language) -> String {
        JSONOutput.text(StateJSON(
            path: state.path, title: state.title, version: state.version, diagramVersion: state.diagramVersion,
            parses: state.parses, hasDiagram: state.svg != nil, drawing: state.drawing || state.unread, nodes: state.nodeCount, errors: state.errors,
            warnings: state.warnings, findings: state.diagnostics.map { FindingRecord($0, language: language) },
            areas: state.areas))
    }

    /// A JSON string literal, safe anywhere in a page.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
