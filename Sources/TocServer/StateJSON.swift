import TocPipeline
import TocSyntax

/// A theory's state for the page: versions, whether it parses, and its
/// findings in the page's language, as the same records `toc check
/// --format json` prints.
struct StateJSON: Encodable {
    var path: String
    var title: String?
    var version: Int
    var diagramVersion: Int
    var parses: Bool
    var hasDiagram: Bool
    var nodes: Int
    var errors: Int
    var warnings: Int
    var findings: [FindingRecord]

    private enum CodingKeys: String, CodingKey {
        case path, title, version, diagramVersion, parses, hasDiagram, nodes, errors, warnings, findings
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(version, forKey: .version)
        try container.encode(diagramVersion, forKey: .diagramVersion)
        try container.encode(parses, forKey: .parses)
        try container.encode(hasDiagram, forKey: .hasDiagram)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(findings, forKey: .findings)
    }

    /// The JSON text of a theory's state, its messages in `language`.
    static func encode(_ state: TheoryState, language: Language) -> String {
        JSONOutput.text(StateJSON(
            path: state.path, title: state.title, version: state.version, diagramVersion: state.diagramVersion,
            parses: state.parses, hasDiagram: state.svg != nil, nodes: state.nodeCount, errors: state.errors,
            warnings: state.warnings, findings: state.diagnostics.map { FindingRecord($0, language: language) }))
    }

    /// A JSON string literal, safe anywhere in a page.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
