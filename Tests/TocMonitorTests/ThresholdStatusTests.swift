import Foundation
import Testing
import TocModel
import TocMonitor
import TocSyntax
import TocTestSupport

/// Threshold and range targets, as real plans write them (issue #15).
@Suite struct ThresholdStatusTests {
    static func plan(baseline: String?, target: String) -> String {
        """
        periode: 2023-2027
        mål m: Færre unge uden uddannelse
          indikator u: Antal unge uden uddannelse
        \(baseline.map { "    udgangspunkt: \($0)\n" } ?? "")    målværdi: \(target)
            kilde: Danmarks Statistik

        """
    }

    func state(_ csv: String, baseline: String? = nil, target: String) -> StatusState? {
        let theory = theory(Self.plan(baseline: baseline, target: target))
        let file = MeasurementFile(path: "m.csv", bytes: Array(("indikator;dato;værdi\n" + csv).utf8))
        let (matched, _) = Measurements.match(file, theories: [theory])
        return Status.of(theory, measurements: matched[0]).first?.state
    }

    @Test(arguments: [
        ("under 270 (2026)", 262.0, true), ("under 270 (2026)", 270.0, false), ("højst 270", 270.0, true),
        ("mindst 50 % (2027)", 50.0, true), ("mindst 50 %", 49.0, false), ("over 60 %", 61.0, true),
        ("85-100 %", 90.0, true), ("85-100 %", 101.0, false), ("at least 50%", 55.0, true), ("below 35 %", 34.0, true),
    ])
    func aThresholdOrRangeIsReachedWhenTheValueMeetsIt(target: String, value: Double, reached: Bool) {
        let state = state("u;2025-06;\(value)", baseline: "305 (2023)", target: target)
        #expect((state == .reached) == reached, "\(target) with \(value): \(String(describing: state))")
    }

    @Test func progressIsJudgedAgainstTheLineToTheThreshold() {
        // 305 in mid-2023 to under 270 by the end of 2026: by mid-2025, 20 of 35 would be on the line.
        #expect(state("u;2025-06;280", baseline: "305 (2023)", target: "under 270 (2026)") == .onTrack)
        #expect(state("u;2025-06;300", baseline: "305 (2023)", target: "under 270 (2026)") == .behind)
        #expect(state("u;2025-06;320", baseline: "305 (2023)", target: "under 270 (2026)") == .behind)
        // A range is approached from below as from above.
        #expect(state("u;2025-06;80", baseline: "60 (2023)", target: "85-100 (2026)") == .onTrack)
        #expect(state("u;2025-06;120", baseline: "130 (2023)", target: "85-100 (2026)") == .behind)
    }

    @Test func aWordTargetCannotBeJudged() {
        #expect(state("u;2025-06;280", baseline: "305 (2023)", target: "flere") == .unclear)
    }

    @Test(arguments: [
        ("mindst 50 % (2027)", 50.0, MeasuredValue.Bound.atLeast, true, Int?(2027)),
        ("under 270 personer (2015)", 270.0, .below, false, 2015),
        ("85-100 %", 85.0, .range(upper: 100), true, nil),
        ("Højst 4,5", 4.5, .atMost, false, nil),
        ("-3%", -3.0, .point, true, nil),
        ("over 1.200", 1200.0, .above, false, nil),
    ])
    func valuesAreRead(text: String, number: Double, bound: MeasuredValue.Bound, percent: Bool, year: Int?) {
        let value = MeasuredValue(parsing: text)
        #expect(value.number == number)
        #expect(value.bound == bound)
        #expect(value.isPercent == percent)
        #expect(value.year == year)
    }

    @Test func wordsAloneHaveNoNumber() {
        for text in ["flere", "Flere end før", "under halvdelen"] {
            #expect(MeasuredValue(parsing: text).number == nil, "\(text)")
        }
    }
}
