import Foundation
import Testing
import TocTestSupport

@Suite struct MonitorCommandTests {
    static let theory = """
        forandringsteori: Beskæftigelse i Viby Syd
        periode: 2023-2026
        aktivitet jobcafe: Jobcafé
          ansvarlig: Jobcentret
          -> parat
        resultat parat: Ledige er klar til arbejdsmarkedet
          indikator jobparat: Andel jobparate; "vurderet"
            udgangspunkt: 35% (2022)
            målværdi: 50% (2026)
          -> ledighed
        mål ledighed: Lavere ledighed
          indikator: Ledighed blandt beboere 16-64 år
            udgangspunkt: 10,4% (2022)
            målværdi: 8% (2026)
            kilde: Landsbyggefonden
        """
    static let measurements = "indikator;dato;værdi\njobparat;2024-12;44%\nledighed;2024;10,9%\n"

    func folder() throws -> URL {
        try temporaryFolder(["viby.ft": Self.theory, "målinger.csv": Self.measurements])
    }

    @Test func indicatorsWritesAnExcelReadyCsvFile() throws {
        let folder = try folder()
        let result = try toc(["indicators", "viby.ft", "-o", "plan.csv", "--lang", "da"], in: folder)
        #expect(result.status == 0)
        let bytes = try Data(contentsOf: folder.appendingPathComponent("plan.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("teori;område;node;niveau;"))
        #expect(text.contains("\"Andel jobparate; \"\"vurderet\"\"\""))
        #expect(text.contains(";10,4%;2022;8%;2026;Landsbyggefonden;"))
        let english = try toc(["indicators", "viby.ft", "--format", "json"], in: folder)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [[String: Any]])
        #expect(records.contains { $0["baseline_number"] as? Double == 10.4 && $0["baseline"] as? String == "10,4%" })
        #expect(records.count == 2 && records.allSatisfy { $0.keys.count == 18 && $0["theory"] as? String == "viby.ft" })
    }

    @Test func statusJudgesTheLatestValues() throws {
        let result = try toc(["status", "viby.ft", "--measurements", "målinger.csv", "--lang", "da"], in: try folder())
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].contains("44%") && lines[2].hasSuffix("↗ på vej"))
        #expect(lines[3].contains("10,9%") && lines[3].hasSuffix("▼ bagud"))
    }

    @Test func badMeasurementsAreLocatedAndFailTheRun() throws {
        let folder = try temporaryFolder(["viby.ft": Self.theory, "m.csv": "indikator,dato,værdi\njobparat,2024-02-30,44\nparat2,2024,3\n"])
        let result = try toc(["status", "viby.ft", "--measurements", "m.csv"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("m.csv:2:10: error: '2024-02-30' is not a date"))
        #expect(result.stderr.contains("m.csv:3:1: error: no indicator or node 'parat2'"))
        let missing = try toc(["status", "viby.ft", "--measurements", "væk.csv"], in: folder)
        #expect(missing.status == 2)
    }

    @Test func renderShowsTheStatusOnTheDiagram() throws {
        let folder = try folder()
        let result = try toc(["render", "viby.ft", "--measurements", "målinger.csv", "-o", "viby.svg"], in: folder)
        #expect(result.status == 0)
        let svg = try String(contentsOf: folder.appendingPathComponent("viby.svg"), encoding: .utf8)
        #expect(svg.contains("↗ 44% (2024&#45;12) · på vej"))
        #expect(svg.contains("▼ bagud"))
    }

    /// `-o -` is standard output for every command that writes a file.
    @Test func dashIsStandardOutputForReportsAndTables() throws {
        let folder = try folder()
        let html = try toc(["report", ".", "--measurements", "målinger.csv", "-o", "-"], in: folder)
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("jobparat"))
        let csv = try toc(["indicators", ".", "-o", "-"], in: folder)
        #expect(csv.stdout.hasPrefix("\u{FEFF}theory,"))
        let markdown = try toc(["report", ".", "-o", "-", "--format", "md"], in: folder)
        #expect(markdown.status == 2)
        #expect(markdown.stderr == "toc: -o - writes HTML; Markdown needs a file name for the diagrams beside it\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    @Test func reportWritesOneDocumentOrOnePerTheory() throws {
        let folder = try folder()
        try "forandringsteori: Anden\naktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
            .write(to: folder.appendingPathComponent("anden.ft"), atomically: true, encoding: .utf8)
        // A report speaks the run's language, as every command does (--lang, else LANG).
        let one = try toc(["report", ".", "--measurements", "målinger.csv", "-o", "rapport.html", "--lang", "da"], in: folder)
        #expect(one.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("rapport.html"), encoding: .utf8)
        #expect(html.contains("<h1>Forandringsteorier</h1>") && html.contains("Beskæftigelse i Viby Syd"))
        #expect(html.components(separatedBy: "<figure class=\"diagram").count == 3)
        #expect(html.contains("<section id=\"overview\">\n<h2>Overblik</h2>"))
        let each = try toc(["report", ".", "-o", "rapporter", "--format", "md"], in: folder)
        #expect(each.status == 0)
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("rapporter").path))
        #expect(written == ["viby.md", "viby.png", "viby.pdf", "anden.md", "anden.png", "anden.pdf"])
        let markdown = try String(contentsOf: folder.appendingPathComponent("rapporter/viby.md"), encoding: .utf8)
        #expect(markdown.contains("](viby.png)"))
    }

    @Test func aReportNamesTheFilesThatCouldNotBeRead() throws {
        let folder = try temporaryFolder(["viby.ft": Self.theory, "brudt.ft": "aktivitet a A\n"])
        let result = try toc(["report", ".", "-o", "rapport.html", "--lang", "da"], in: folder)
        #expect(result.status == 1)
        let html = try String(contentsOf: folder.appendingPathComponent("rapport.html"), encoding: .utf8)
        #expect(html.contains("<h2>Filer der ikke kunne læses</h2>"))
        #expect(html.contains("<code>./brudt.ft</code>"))
        #expect(html.contains("./brudt.ft, linje 1: der mangler"))
        #expect(html.contains("Beskæftigelse i Viby Syd"))
    }
}
