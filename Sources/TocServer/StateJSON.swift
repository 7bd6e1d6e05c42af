import TocSyntax

/// A theory's state for the page: versions, whether it parses, its findings.
enum StateJSON {
    static func encode(_ state: TheoryState) -> String {
        let findings = state.diagnostics.map { diagnostic in
            "{\"rule\":\(quote(diagnostic.rule)),\"severity\":\(quote(diagnostic.severity.rawValue)),"
                + "\"line\":\(diagnostic.location.line),\"column\":\(diagnostic.location.column),"
                + "\"message\":\(quote(diagnostic.message)),\"node\":\(diagnostic.node.map(quote) ?? "null")}"
        }
        return "{\"path\":\(quote(state.path)),\"title\":\(state.title.map(quote) ?? "null"),"
            + "\"version\":\(state.version),\"diagramVersion\":\(state.diagramVersion),"
            + "\"parses\":\(state.parses),\"hasDiagram\":\(state.svg != nil),"
            + "\"nodes\":\(state.nodeCount),\"errors\":\(state.errors),\"warnings\":\(state.warnings),"
            + "\"findings\":[\(findings.joined(separator: ","))]}"
    }

    /// A JSON string literal, safe anywhere in a page.
    static func quote(_ text: String) -> String { JSONString.quote(text) }
}
