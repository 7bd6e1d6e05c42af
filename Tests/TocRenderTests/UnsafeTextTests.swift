import Foundation
import Testing
import TocRender
import TocTestSupport

/// Labels are verbatim: nothing in them is expanded, interpreted or let
/// through as markup or a link.
@Suite struct UnsafeTextTests {
    static let nasty = [
        #"\N"#, #"\G"#, #"\L"#, #"\n"#, #"say "hi""#, #"trailing\"#, "<b>bold</b>", "&lt;", "a & b",
        "{ | }", "<script>alert(1)</script>", "javascript:alert(1)", "]]> <!-- x -->", "&#65;", "\\E\\H\\T",
    ]

    static var theory: String {
        var text = "forandringsteori: <script>x</script> & \\G\n"
        for (index, label) in nasty.enumerated() {
            text += "aktivitet n\(index): \(label)\n  indikator: \(label)\n  -> m\n"
        }
        text += "mål m: Mål\n  indikator: I\n"
        return text
    }

    @Test(arguments: [OutputFormat.svg])
    func everyLabelRendersAsExactlyItsCharacters(format: OutputFormat) throws {
        let svg = try draw(Self.theory, format: format).bytes
        let texts = try svgNodeTexts(svg)
        for (index, label) in Self.nasty.enumerated() {
            let lines = try #require(texts["n\(index)"])
            // First the label, then the indicator line "▸ label".
            let indicator = try #require(lines.firstIndex { $0.hasPrefix("▸") }, "node \(index): \(lines)")
            let shownLabel = lines[..<indicator].joined(separator: " ")
            let shownIndicator = lines[indicator...].joined(separator: " ")
            #expect(shownLabel == label, "label \(index)")
            #expect(shownIndicator == "▸ " + label, "indicator \(index)")
        }
    }

    @Test func noMarkupOrLinkGetsThrough() throws {
        let svg = try draw(Self.theory, format: .svg).bytes
        let elements = try svgElementNames(svg)
        #expect(!elements.contains("script"))
        #expect(!elements.contains("a"))
        #expect(!elements.contains("b"))
        let attributes = try svgAttributes(svg)
        #expect(!attributes.contains { $0.lowercased().contains("javascript") })
        #expect(!attributes.contains { $0.contains("<") })
    }

    @Test func theDotTextEscapesEverything() throws {
        let dot = String(decoding: try draw(Self.theory, format: .dot).bytes, as: UTF8.self)
        #expect(!dot.contains("<script>"))
        #expect(!dot.contains("\\N"))
        #expect(dot.contains("&lt;script&gt;"))
    }
}
