import Foundation
import TocChecks
import TocModel
import TocRender
import TocSyntax
#if canImport(FoundationXML)
import FoundationXML
#endif

let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Parses and checks text; returns the theory and its findings.
func checked(_ text: String, path: String = "t.ft") -> (Theory, [Diagnostic]) {
    let result = Checker().check(SourceFile(path: path, text: text))
    guard let theory = result.theory else { fatalError("does not parse: \(result.diagnostics.map(\.message))") }
    return (theory, result.diagnostics)
}

/// Renders through the real Graphviz, failing the test on error.
func draw(_ text: String, format: OutputFormat, options: RenderOptions = .init(), dpi: Int? = nil) throws -> RenderedDiagram {
    let (theory, findings) = checked(text)
    return try Renderer.render(theory, findings: findings, format: format, options: options, dpi: dpi).get()
}

/// The text of every node group of an SVG, by node id: the concatenated
/// contents of its <text> elements, one string per line of text.
func svgNodeTexts(_ bytes: [UInt8]) throws -> [String: [String]] {
    let document = try XMLDocument(data: Data(bytes))
    var result: [String: [String]] = [:]
    for group in try document.nodes(forXPath: "//*[local-name()='g'][@class='node']") {
        guard let element = group as? XMLElement else { continue }
        let title = try element.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
        // Pieces of one line share their y; a line split into spans is rejoined.
        var lines: [(y: String, text: String)] = []
        for case let text as XMLElement in try element.nodes(forXPath: ".//*[local-name()='text']") {
            let y = text.attributes?.first { $0.localName == "y" || $0.name == "y" }?.stringValue ?? ""
            if let last = lines.last, last.y == y {
                lines[lines.count - 1].text += text.stringValue ?? ""
            } else {
                lines.append((y, text.stringValue ?? ""))
            }
        }
        result[title] = lines.map(\.text)
    }
    return result
}

/// Every attribute value in an SVG document.
func svgAttributes(_ bytes: [UInt8]) throws -> [String] {
    let document = try XMLDocument(data: Data(bytes))
    return try document.nodes(forXPath: "//@*").compactMap(\.stringValue)
}

/// All element names used in an SVG document.
func svgElementNames(_ bytes: [UInt8]) throws -> Set<String> {
    let document = try XMLDocument(data: Data(bytes))
    return Set(try document.nodes(forXPath: "//*").compactMap { $0.localName ?? $0.name })
}
