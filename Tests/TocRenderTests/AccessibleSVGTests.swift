import Foundation
import Testing
import TocRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue #18: a screen reader gets the diagram's title and a summary.
@Suite struct AccessibleSVGTests {
    func root(_ bytes: [UInt8]) throws -> XMLElement {
        try #require(try XMLDocument(data: Data(bytes)).rootElement())
    }

    @Test func theSVGHasRoleTitleAndADescriptionOfLevelsAreasAndProblems() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("theories/workshop-kladde.ft"), encoding: .utf8)
        let svg = try root(draw(text, format: .svg).bytes)
        let attribute = { (name: String) in svg.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue }
        #expect(attribute("role") == "img")
        #expect(attribute("aria-labelledby") == "toc-title toc-desc")
        let title = try #require(svg.elements(forName: "title").first?.stringValue)
        let description = try #require(svg.elements(forName: "desc").first?.stringValue)
        #expect(title == "Workshopkladde: Sammenhængskraft i Påskeløkken")
        #expect(description.hasPrefix("Forandringsteori med 4 aktiviteter, 2 output, 1 resultat og 1 mål."))
        #expect(description.contains("Indsatsområde: «Sammenhængskraft og medborgerskab»."))
        #expect(description.contains("fører ikke til et mål (3)"))
    }

    @Test func anEnglishTheoryIsDescribedInEnglishAndTextIsEscaped() throws {
        let text = "theory: Jobs <&> more\nactivity a: A\n  -> g\ngoal g: G\n  indicator: Share\n    baseline: 1 (2024)\n    target: 2 (2026)\n    source: S\n"
        let svg = try root(draw(text, format: .svg).bytes)
        #expect(svg.elements(forName: "title").first?.stringValue == "Jobs <&> more")
        #expect(svg.elements(forName: "desc").first?.stringValue == "Theory of change with 1 activity and 1 goal. No errors.")
    }
}
