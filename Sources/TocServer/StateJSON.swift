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

    /// A JSON string literal; `<` is escaped too, so the text is safe anywhere.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case let s where s.value < 0x20 || s.value == 0x2028 || s.value == 0x2029:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
