import Foundation
import Testing
import TocModel
import TocMonitor
import TocSyntax
import TocTestSupport

@Suite struct StatusTests {
    func states(_ csv: String, _ text: String = planText) -> [String: StatusState] {
        let plan = theory(text)
        let file = MeasurementFile(path: "m.csv", bytes: Array(("indikator;dato;værdi\n" + csv).utf8))
        #expect(file.diagnostics.isEmpty)
        let (matched, problems) = Measurements.match(file, theories: [plan])
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        return Dictionary(uniqueKeysWithValues: Status.of(plan, measurements: matched[0]).map { ($0.row.key, $0.state) })
    }

    @Test func aFallingRateIsGoodWhenTheTargetIsLower() {
        // Baseline 12,5% (2022), target 9% (2026): five years to fall 3.5 points.
        #expect(states("ledige;2024-12;10,5%")["ledige"] == .onTrack)
        #expect(states("ledige;2024-12;12%")["ledige"] == .behind)
        #expect(states("ledige;2024-12;13%")["ledige"] == .behind)
        #expect(states("ledige;2025-06;8,9%")["ledige"] == .reached)
        #expect(states("ledige;2022-06;12,4%")["ledige"] == .onTrack)
    }

    @Test func theLatestValueCounts() {
        #expect(states("ledige;2025-06;8,9%\nledige;2023;12%")["ledige"] == .reached)
        #expect(states("ledige;2023;8,9%\nledige;2025-06;12,9%")["ledige"] == .behind)
    }

    @Test func aRisingTargetAndMissingPieces() {
        let rising = planText.replacingOccurrences(of: "målværdi: 50%", with: "udgangspunkt: 30% (2022)\n    målværdi: 50% (2026)")
        #expect(states("jobparat;2024-12;42%", rising)["jobparat"] == .onTrack)
        #expect(states("jobparat;2024-12;33%", rising)["jobparat"] == .behind)
        #expect(states("jobparat;2026;50%", rising)["jobparat"] == .reached)
        // No baseline: one value cannot show a direction; two can.
        #expect(states("jobparat;2024;42%")["jobparat"] == .unclear)
        #expect(states("jobparat;2023;30%\njobparat;2025;51%")["jobparat"] == .reached)
        #expect(states("")["ledige"] == .noData)
    }

    @Test func unknownAmbiguousAndForeignIdsAreLocatedErrors() throws {
        let two = theory(planText)
        let other = theory("mål m: M\n  indikator tryg: Tryghed\n", path: "tryghed/andet.ft")
        let file = MeasurementFile(path: "m.csv", bytes: Array("""
            indikator;dato;værdi;teori
            ledig;2024;11;
            ledighed;2024;11;
            tryg;2024;80;plan
            tryg;2024;80;andet
            ledige;2024;11;plan.ft
            """.utf8))
        let (matched, problems) = Measurements.match(file, theories: [two, other])
        #expect(problems.map(\.location.line) == [2, 3, 4])
        #expect(problems[0].message.contains("did you mean 'ledige'?"))
        #expect(problems[1].message.contains("node 'ledighed' has 2 indicators"))
        #expect(matched[0].count == 1 && matched[1].count == 1)
    }
}
