import Foundation
import Testing
import TocTestSupport
import TocChecks
import TocModel
import TocMonitor
import TocRender
import TocReport
import TocSyntax

let theoryText = """
    forandringsteori: Tryghed <script>alert(1)</script> & trivsel
    periode: 2023-2026
    område tryghed: Tryghed og trivsel
    aktivitet gadeplan: Gadeplansmedarbejdere om aftenen
      område: tryghed
      ansvarlig: Kommunens SSP-team
      -> kontakt
    output kontakt: 60 unge i kontakt | *fast*
      -> tryg
    resultat tryg: Unge føler sig trygge
      indikator tryg_unge: Andel unge der føler sig trygge | *ja*
        udgangspunkt: 60% (2022)
        målværdi: 75% (2026)
        kilde: Trivselsmålingen
      -> mål
    mål mål: Et trygt boligområde
    aktivitet sommerfest: Sommerfest
    """

func item(formats: [OutputFormat], measurements csv: String? = nil) throws -> ReportItem {
    let checked = Checker().check(SourceFile(path: "tryghed.ft", text: theoryText))
    let theory = try #require(checked.theory)
    var status: [IndicatorStatus]?
    if let csv {
        let file = MeasurementFile(path: "m.csv", bytes: Array(csv.utf8))
        status = Status.of(theory, measurements: Measurements.match(file, theories: [theory]).perTheory[0])
    }
    return ReportItem(theory: theory, findings: checked.diagnostics, status: status, formats: formats)
}

/// Runs a program (stopped after five minutes); returns its status and output.
func run(_ program: String, _ arguments: [String], in folder: URL) throws -> (Int32, String) {
    let result = try Subprocess.run(program, arguments, in: folder, limit: 300)
    #expect(!result.timedOut, "\(program) ran past 300 s and was stopped")
    return (result.status, result.stdout + result.stderr)
}

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite struct HTMLReportTests {
    @Test func oneFileThatNeedsNothingElse() throws {
        let html = HTMLReport.document([try item(formats: [.svg], measurements: "indikator;dato;værdi\ntryg_unge;2024-12;70%\n")], language: .da)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<?xml"))
        for outside in ["<script", "src=", "href=\"http", "<link", "@import", "url("] {
            #expect(!html.contains(outside), "\(outside)")
        }
        #expect(html.contains("Tryghed &lt;script&gt;alert(1)&lt;/script&gt; &amp; trivsel"))
        // The diagram as text beside it (issue #18): its pathways as nested lists.
        #expect(html.contains("<details class=\"pathways\"><summary>Diagrammet som tekst</summary>\n<ul>\n"
            + "<li>Tryghed og trivsel\n<ul>\n<li>Aktivitet: Gadeplansmedarbejdere om aftenen\n<ul>\n"
            + "<li>Output: 60 unge i kontakt | *fast*\n<ul>\n<li>Resultat: Unge føler sig trygge "
            + "(▸ Andel unge der føler sig trygge | *ja*: 60% (2022) → 75% (2026))\n<ul>\n<li>Mål: Et trygt boligområde</li>"),
            "\(html)")
        // The theory as prose (issue #18), escaped like every text.
        #expect(html.contains("<h2>Fortælling</h2>\n<h3>Tryghed og trivsel</h3>\n<p><strong>Gadeplansmedarbejdere om aftenen</strong>. "
            + "Aktiviteten leverer «60 unge i kontakt | *fast*», som fører til «Unge føler sig trygge», som fører til målet "
            + "«Et trygt boligområde»."), "\(html)")
    }

    @Test func findingsInPlainWordsThePlanAndTheStatus() throws {
        let html = HTMLReport.document([try item(formats: [.svg], measurements: "indikator;dato;værdi\ntryg_unge;2024-12;70%\n")], language: .da)
        #expect(html.contains("tryghed.ft, linje 17: aktiviteten &#39;sommerfest&#39; fører ikke til noget mål"))
        #expect(html.contains("Fejl (2)"))
        #expect(html.contains("<td>Andel unge der føler sig trygge | *ja*</td>"))
        #expect(html.contains("<tr class=\"on-track\">"))
        #expect(html.contains("↗ på vej"))
        let english = HTMLReport.document([try item(formats: [.svg])], language: .en)
        #expect(english.contains("activity &#39;sommerfest&#39; leads to no goal"))
        #expect(!english.contains("<h2>Status</h2>"))
    }

    /// The plan's problem, target group and resources come after the title (issue #15).
    @Test func theContextIsShownUnderTheTitle() throws {
        let text = "forandringsteori: T\nudfordring: Mange unge <uden> job\nmålgruppe: Unge 16-25 år\n"
            + "område u: Uddannelse\n  ressourcer: 2,1 mio. kr.\nmål m: M\n  område: u\n  indikator: I\n"
        let checked = Checker().check(SourceFile(path: "t.ft", text: text))
        let report = ReportItem(theory: try #require(checked.theory), findings: [], status: nil, formats: [])
        let html = HTMLReport.document([report], language: .da)
        #expect(html.contains("<dt>Udfordring</dt><dd>Mange unge &lt;uden&gt; job</dd>"))
        #expect(html.contains("<dt>Målgruppe</dt><dd>Unge 16-25 år</dd>"))
        #expect(html.contains("<dt>Ressourcer (Uddannelse)</dt><dd>2,1 mio. kr.</dd>"))
        let markdown = MarkdownReport.document(
            [report], language: .en, files: MarkdownFiles([report], stems: ["t"], base: "t", language: .en))
        #expect(markdown.contains("**Problem:** Mange unge \\<uden\\> job"))
    }

    @Test func severalTheoriesGetContentsWithAnchors() throws {
        let html = HTMLReport.document([try item(formats: [.svg]), try item(formats: [.svg])], language: .da)
        #expect(html.contains("<a href=\"#t1\">") && html.contains("<section id=\"t2\">"))
    }
}

/// These run Debian's pandoc and pdflatex for real.
@Suite struct DocumentConversionTests {
    @Test func markdownBecomesAWordFileWithTheDiagramInPlace() throws {
        let folder = try temporaryFolder()
        let report = try item(formats: [.png, .pdf])
        let png = try #require(report.diagrams[.png])
        try Data(png).write(to: folder.appendingPathComponent("tryghed diagram.png"))
        let files = MarkdownFiles([report], stems: ["tryghed diagram"], base: "rapport", language: .da)
        #expect(files.diagrams[0].map(\.name) == ["tryghed diagram.png"])
        let markdown = MarkdownReport.document([report], language: .da, files: files)
        try markdown.write(to: folder.appendingPathComponent("rapport.md"), atomically: true, encoding: .utf8)
        let (status, output) = try run("/usr/bin/pandoc", ["rapport.md", "-o", "rapport.docx"], in: folder)
        #expect(status == 0, "\(output)")
        #expect(!output.contains("Could not fetch resource"))
        let unzip = try run("/usr/bin/python3", ["-c", """
            import zipfile, sys
            z = zipfile.ZipFile("rapport.docx")
            media = [n for n in z.namelist() if n.startswith("word/media/")]
            sys.stdout.write(str(len(media)) + "\\n")
            open("image.bin", "wb").write(z.read(media[0]))
            open("document.xml", "wb").write(z.read("word/document.xml"))
            """], in: folder)
        #expect(unzip.0 == 0, "\(unzip.1)")
        #expect(unzip.1.hasPrefix("1"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("image.bin")) == Data(png))
        let document = try String(contentsOf: folder.appendingPathComponent("document.xml"), encoding: .utf8)
        #expect(document.contains("<w:drawing>"))
        #expect(document.contains("Måleplan"))
        #expect(document.contains("Andel unge der føler sig trygge | *ja*"))
    }

    @Test func perAreaDiagramsAndChartsGoIntoWord() throws {
        let folder = try temporaryFolder()
        let checked = Checker().check(SourceFile(path: "bred.ft", text: wideTheory()))
        let theory = try #require(checked.theory)
        let file = MeasurementFile(path: "m.csv", bytes: Array("indikator;dato;værdi\nmål_a;2024-12;30 %\nmål_a;2025-12;42 %\n".utf8))
        let status = Status.of(theory, measurements: Measurements.match(file, theories: [theory]).perTheory[0])
        let report = ReportItem(theory: theory, findings: checked.diagnostics, status: status, formats: [.png, .pdf])
        #expect(report.areaDiagrams.count == 2)
        let files = MarkdownFiles([report], stems: ["bred"], base: "rapport", language: .da)
        for file in files.files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
        let markdown = MarkdownReport.document([report], language: .da, files: files)
        try markdown.write(to: folder.appendingPathComponent("rapport.md"), atomically: true, encoding: .utf8)
        let images = markdown.components(separatedBy: "![").count - 1
        #expect(images == 4, "overview of the areas, two areas, one chart: \(markdown.prefix(1500))")
        let (status2, output) = try run("/usr/bin/pandoc", ["rapport.md", "-o", "rapport.docx"], in: folder)
        #expect(status2 == 0, "\(output)")
        #expect(!output.contains("Could not"), "\(output)")
        let unzip = try run("/usr/bin/python3", ["-c", """
            import zipfile, sys
            z = zipfile.ZipFile("rapport.docx")
            media = [n for n in z.namelist() if n.startswith("word/media/")]
            document = z.read("word/document.xml").decode("utf-8")
            sys.stdout.write("%d %d %s" % (len(media), document.count("<w:drawing>"), "Område: Område B" in document))
            """], in: folder)
        // Each SVG goes in with a PNG beside it for older Word (rsvg-convert).
        #expect(unzip.1 == "6 4 True", "\(unzip.1)")
    }

    @Test func thePdfDiagramGoesIntoLatex() throws {
        let folder = try temporaryFolder()
        let pdf = try #require(try item(formats: [.pdf]).diagrams[.pdf])
        try Data(pdf).write(to: folder.appendingPathComponent("tryghed.pdf"))
        let tex = """
            \\documentclass{article}
            \\usepackage[utf8]{inputenc}
            \\usepackage{graphicx}
            \\begin{document}
            Forandringsteori for tryghed og trivsel.

            \\includegraphics[width=\\linewidth]{tryghed.pdf}
            \\end{document}
            """
        try tex.write(to: folder.appendingPathComponent("rapport.tex"), atomically: true, encoding: .utf8)
        let (status, output) = try run("/usr/bin/pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "rapport.tex"], in: folder)
        #expect(status == 0, "\(output.suffix(2000))")
        let log = try String(contentsOf: folder.appendingPathComponent("rapport.log"), encoding: .isoLatin1)
        #expect(log.contains("<tryghed.pdf"))
        let result = try Data(contentsOf: folder.appendingPathComponent("rapport.pdf"))
        #expect(result.prefix(5) == Data("%PDF-".utf8))
        #expect(result.count > pdf.count / 2)
    }
}
