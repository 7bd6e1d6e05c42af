import Foundation
import TocChecks
import TocModel
import TocRender
import TocSyntax
#if canImport(FoundationXML)
import FoundationXML
import TocTestSupport
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

/// The width of every node's outline in an SVG, by node id: the spread of
/// the x coordinates of its first polygon or path.
func svgNodeWidths(_ bytes: [UInt8]) throws -> [String: Double] {
    let document = try XMLDocument(data: Data(bytes))
    var result: [String: Double] = [:]
    for group in try document.nodes(forXPath: "//*[local-name()='g'][@class='node']") {
        guard let element = group as? XMLElement else { continue }
        let title = try element.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
        let shapes = try element.nodes(forXPath: "./*[local-name()='polygon' or local-name()='path']")
        let attribute = { (element: XMLElement, name: String) in
            element.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
        }
        guard let shape = shapes.first as? XMLElement,
              let geometry = attribute(shape, "points") ?? attribute(shape, "d")
        else { continue }
        let numbers = geometry.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        if let low = xs.min(), let high = xs.max() { result[title] = high - low }
    }
    return result
}

/// The leftmost x of each node's first text in an SVG document, by node name.
func svgNodeLefts(_ bytes: [UInt8]) throws -> [String: Double] {
    let document = try XMLDocument(data: Data(bytes))
    var result: [String: Double] = [:]
    for group in try document.nodes(forXPath: "//*[local-name()='g'][@class='node']") {
        guard let element = group as? XMLElement else { continue }
        let title = try element.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
        let xs = try element.nodes(forXPath: ".//*[local-name()='text']").compactMap { node -> Double? in
            (node as? XMLElement)?.attributes?.first { $0.localName == "x" || $0.name == "x" }?.stringValue.flatMap(Double.init)
        }
        if let left = xs.min() { result[title] = left }
    }
    return result
}

/// The columns of a layout's DOT text (its `rank=same` groups, first to
/// last), each as the DOT names it holds, quotes removed.
func rankGroups(_ dot: String) -> [[String]] {
    dot.split(separator: "\n").filter { $0.hasPrefix("  { rank=same; ") }.map { line in
        line.dropFirst("  { rank=same; ".count).split(separator: ";").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"}"))
        }.filter { !$0.isEmpty }
    }
}
