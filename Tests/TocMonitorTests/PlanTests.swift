import CSV
import Foundation
import Testing
import TocChecks
import TocModel
import TocMonitor
import TocSyntax
import TocTestSupport

func theory(_ text: String, path: String = "plan.ft") -> Theory {
    let parsed = Parser.parse(text: text, path: path)
    precondition(!parsed.hasErrors, "\(parsed.diagnostics.map(\.message))")
    return Theory(parsed.file)
}

let planText = """
    forandringsteori: Beskæftigelse i Viby Syd
    periode: 2023-2026
    område job: Beskæftigelse
    aktivitet jobcafe: Jobcafé; hjælp til "CV", ansøgninger
      område: job
      ansvarlig: Jobcentret | helhedsplanen
      -> ledighed
    mål ledighed: Færre ledige beboere
      område: job
      indikator ledige: Ledighed blandt beboere 16-64 år
        udgangspunkt: 12,5% (2022)
        målværdi: 9% (2026)
        kilde: Landsbyggefondens boligsociale data
      indikator jobparat: Andel jobparate <deltagere>
        målværdi: 50%
    """

@Suite struct PlanTests {
    @Test func oneRowPerIndicatorWithItsNodeAreaAndValues() throws {
        let rows = MeasurementPlan.rows(for: theory(planText))
        #expect(rows.count == 2)
        let first = try #require(rows.first)
        #expect(first.nodeID == "ledighed")
        #expect(first.level == .goal)
        #expect(first.areaLabel == "Beskæftigelse")
        #expect(first.key == "ledige")
        #expect(first.baseline?.number == 12.5)
        #expect(first.target?.year == 2026)
        #expect(PlanWriter.fields(first, language: .da)[3] == "mål")
        #expect(PlanWriter.fields(first, language: .da)[7...10] == ["12,5%", "2022", "9%", "2026"])
    }

    @Test(arguments: [",", ";"])
    func csvReadsBackExactlyWithDanishLettersAndQuotes(delimiter: String) throws {
        var text = planText.replacingOccurrences(of: "Færre ledige beboere", with: "Færre ledige; \"ÆØÅ\", æøå")
        text = text.replacingOccurrences(of: "kilde: Landsbyggefondens", with: "kilde: LBF, \"boligsociale\";")
        let rows = MeasurementPlan.rows(for: theory(text))
        let bytes = try PlanWriter.csv(rows, language: .da, delimiter: delimiter)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let body = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(body.contains("\r\n"))
        #expect(body.hasSuffix("\r\n") && !body.hasSuffix("\r\n\r\n"))
        let reader = try CSVReader(string: body, hasHeaderRow: false, delimiter: delimiter.unicodeScalars.first!)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(read.first == PlanWriter.headings(.da))
        #expect(Array(read.dropFirst()) == rows.map { PlanWriter.fields($0, language: .da) })
        #expect(read[1][4] == "Færre ledige; \"ÆØÅ\", æøå")
    }

    @Test func markdownEscapesWhatWouldBreakTheTable() {
        let markdown = PlanWriter.markdown(MeasurementPlan.rows(for: theory(planText)), language: .en)
        let lines = markdown.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("|---|"))
        #expect(markdown.contains("Andel jobparate \\<deltagere\\>"))
        let cells = lines.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
        #expect(Set(cells).count == 1)
    }

    @Test func jsonIsValidWithNumbers() throws {
        let json = try JSONEncoder().encode(MeasurementPlan.rows(for: theory(planText)).map(PlanRecord.init))
        let objects = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(objects[0]["baseline_number"] as? Double == 12.5)
        #expect(objects[0]["theory"] as? String == "plan.ft")
        #expect(objects[1]["baseline_number"] is NSNull)
    }
}

/// The plan carries whom each indicator concerns and what is spent (issue #15).
@Suite struct PlanContextTests {
    @Test func targetGroupAndInputsComeFromTheNodeItsAreaOrTheTheory() {
        let plan = MeasurementPlan.rows(for: theory("""
            målgruppe: Unge 16-25 år
            område job: Beskæftigelse
              målgruppe: Ledige beboere
              ressourcer: 2 medarbejdere
            resultat r: Flere i job
              område: job
              indikator: Andel i job
            resultat s: Flere i uddannelse
              målgruppe: Unge uden uddannelse
              indikator: Andel i uddannelse
            mål m: Færre uden uddannelse
              indikator: Andel uden uddannelse
            """))
        #expect(plan.map(\.targetGroup) == ["Ledige beboere", "Unge uden uddannelse", "Unge 16-25 år"])
        #expect(plan.map(\.inputs) == ["2 medarbejdere", nil, nil])
        #expect(PlanWriter.headings(.da).suffix(2) == ["målgruppe", "ressourcer"])
        #expect(PlanWriter.fields(plan[0], language: .da).suffix(2) == ["Ledige beboere", "2 medarbejdere"])
    }
}
