import Foundation
import Testing
import TocModel
import TocMonitor
import TocRender
import TocSyntax
import TocTestSupport

@Suite struct StatusDrawingTests {
    static let text = """
        forandringsteori: Beskæftigelse
        periode: 2023-2026
        aktivitet jobcafe: Jobcafé
          -> ledighed
        mål ledighed: Færre ledige
          indikator ledige: Ledighed blandt beboere
            udgangspunkt: 12,5% (2022)
            målværdi: 9% (2026)
          indikator jobparat: Andel jobparate
            udgangspunkt: 30% (2022)
            målværdi: 50% (2026)
        """

    func statuses(_ csv: String) -> (Theory, [IndicatorStatus]) {
        let (theory, _) = checked(Self.text)
        let file = MeasurementFile(path: "m.csv", bytes: Array(("indikator;dato;værdi\n" + csv).utf8))
        let (matched, _) = Measurements.match(file, theories: [theory])
        return (theory, Status.of(theory, measurements: matched[0]))
    }

    @Test func eachMeasuredIndicatorShowsSymbolLatestValueAndStatus() {
        let (theory, status) = statuses("ledige;2025-06;8,9%\njobparat;2024-12;31%\n")
        var options = RenderOptions()
        options.status = status
        let dot = DotBuilder.build(theory, options: options).text
        #expect(dot.contains("✔ 8,9% (2025-06) · nået"))
        #expect(dot.contains("▼ 31% (2024-12) · bagud"))
        #expect(dot.contains("COLOR=\"\(StatusState.reached.textColour)\""))
        // The legend explains every status.
        for state in StatusState.allCases { #expect(dot.contains("\(state.symbol) \(state.word(.da))")) }
    }

    @Test func withoutMeasurementsNothingAboutStatusIsDrawn() {
        let (theory, _) = statuses("")
        let dot = DotBuilder.build(theory).text
        #expect(!dot.contains("på vej"))
        #expect(!dot.contains("ingen data"))
    }

    @Test func theDrawnSvgCarriesTheStatusText() throws {
        let (theory, status) = statuses("ledige;2024-12;10,5%\n")
        var options = RenderOptions()
        options.status = status
        let svg = try Renderer.render(theory, findings: [], format: .svg, options: options).get().bytes
        let texts = try svgNodeTexts(svg)["ledighed"] ?? []
        #expect(texts.contains("↗ 10,5% (2024-12) · på vej"))
        #expect(texts.contains("○ ingen data"))
    }
}
