import Foundation
import Testing
import TocChecks
import TocModel
import TocReport
import TocSyntax

/// The portfolio across plans (issue #28): ranked by trouble, every goal in
/// trouble named, the plans by intervention area, rules in words.
@Suite struct PortfolioTests {
    static let good = """
        forandringsteori: Job i Viby
        område job: Job og uddannelse
        aktivitet jobcafe: Jobcafé
          område: job
          -> ledige
        mål ledige: Færre ledige
          område: job
          indikator: Ledighed
            udgangspunkt: 12 % (2022)
            målværdi: 8 % (2026)
            kilde: LBF
        """
    static let troubled = """
        forandringsteori: Tryghed i Vollsmose
        område tryghed: Tryghed og trivsel
        område netvaerk: Netværk i opgangen
        aktivitet vandring: Nattevandring
          område: tryghed
        mål tryg: Beboerne føler sig trygge
          område: tryghed
        """

    func item(_ text: String, path: String) throws -> ReportItem {
        let checked = Checker().check(SourceFile(path: path, text: text))
        return ReportItem(theory: try #require(checked.theory), findings: checked.diagnostics, status: nil, formats: [])
    }

    @Test func theOverviewRanksTroubleAndNamesItsGoals() throws {
        let html = HTMLReport.document(
            [try item(Self.good, path: "a.ft"), try item(Self.troubled, path: "b.ft")], language: .da,
            unreadable: [UnreadableTheory(path: "c.ft", problems: [])])
        let overview = try #require(html.components(separatedBy: "<section id=\"overview\">").dropFirst().first)
        // The troubled plan first, though it came second.
        let first = try #require(overview.range(of: "<td>Tryghed i Vollsmose</td>")), second = try #require(overview.range(of: "<td>Job i Viby</td>"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(overview.contains("3 filer, heraf 1 der ikke kunne læses og ikke er med nedenfor: c.ft."))
        #expect(overview.contains("<h3>Mål uden indikator (1)</h3>"))
        #expect(overview.contains("<li>Tryghed i Vollsmose: Beboerne føler sig trygge</li>"))
        #expect(overview.contains("<h3>Mål som ingen aktivitet når (1)</h3>"))
        #expect(overview.contains("Aktivitet uden mål 1") && !overview.contains("orphan-activity"))
        #expect(overview.contains("<td>Sammenhængskraft og medborgerskab</td>"))
    }

    @Test func eachInterventionAreaHasItsPlans() throws {
        let html = HTMLReport.document([try item(Self.good, path: "a.ft"), try item(Self.troubled, path: "b.ft")], language: .da)
        let areas = try #require(html.components(separatedBy: "<section id=\"areas\">").dropFirst().first)
            .components(separatedBy: "</section>")[0]
        #expect(areas.contains("<h3>Beskæftigelse</h3>") && areas.contains("<h3>Sammenhængskraft og medborgerskab</h3>"))
        #expect(areas.contains("<td>Job i Viby</td><td>Job og uddannelse</td><td>1: Jobcafé</td><td>1: Færre ledige</td><td>1 (1)</td>"))
        #expect(areas.contains("<h3>Områder uden fast indsatsområde</h3>"))
        #expect(areas.contains("<li>Tryghed i Vollsmose: Netværk i opgangen</li>"))
    }

    @Test func aLongTitleKeepsItsEstateInTheStatusChart() throws {
        let long = Self.good.replacingOccurrences(of: "Job i Viby", with: "Boligsocial helhedsplan for Bispehaven 2023-2026 (illustrativ)")
        let checked = Checker().check(SourceFile(path: "a.ft", text: long))
        let measured = ReportItem(theory: try #require(checked.theory), findings: checked.diagnostics, status: [], formats: [])
        let html = HTMLReport.document([measured, try item(Self.troubled, path: "b.ft")], language: .da)
        let chart = try #require(html.components(separatedBy: "Indikatorernes status pr. teori").dropFirst(2).first)
        // Wrapped onto two lines, not shortened: the estate's name stays.
        #expect(chart.contains(">Boligsocial helhedsplan for Bispehaven</text>"), "\(chart.prefix(1500))")
        #expect(chart.contains(">2023-2026 (illustrativ)</text>"))
        #expect(chart.contains("✖ ingen indikatorer"))
    }

    @Test func aWordReportHasTheSameParts() throws {
        let bytes = try #require(WordReport.document([try item(Self.good, path: "a.ft"), try item(Self.troubled, path: "b.ft")], language: .da))
        // A ZIP whose document holds the ranked overview's words.
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes.count > 2000)
    }
}
