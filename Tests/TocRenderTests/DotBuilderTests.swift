import Testing
import TocRender
import TocSyntax
import TocTestSupport

@Suite struct DotBuilderTests {
    let sample = """
        forandringsteori: Prøve
        periode: 2023-2026
        område job: Beskæftigelse
        område tryg: Tryghed
        aktivitet jobcafe: Jobcafé
          område: job
          -> cv
        output cv: CV-hjælp
          område: job
          -> klar
        resultat klar: Klar til job
          område: job
          indikator: Andel jobparate
            målværdi: 50% (2026)
          -> job_maal
            antagelse: Der er ledige stillinger
        mål job_maal: Flere i job
          indikator: Ledighed
        aktivitet nattevandring: Nattevandring
          område: tryg
        """

    @Test func graphIsNamedAndReadsLeftToRightByDefault() {
        let dot = DotBuilder.build(checked(sample).0).text
        #expect(dot.hasPrefix("digraph \"forandringsteori\" {\n"))
        #expect(dot.contains("rankdir=LR"))
        #expect(DotBuilder.build(checked(sample).0, options: { var o = RenderOptions(); o.direction = .down; return o }()).text
            .contains("rankdir=TB"))
    }

    @Test func activitiesFirstGoalsLast() {
        let columns = rankGroups(DotBuilder.build(checked(sample).0).text)
        #expect(columns.first.map { $0.contains("jobcafe") && $0.contains("nattevandring") } == true, "\(columns)")
        #expect(columns.last.map { $0.contains("job_maal") } == true, "\(columns)")
        #expect(columns.dropLast().allSatisfy { !$0.contains("job_maal") })
    }

    @Test func areasAreTitledGroups() throws {
        let dot = try Renderer.finishedDOT(checked(sample).0)
        #expect(dot.contains("subgraph \"cluster_job\""))
        #expect(dot.contains("<B>Beskæftigelse</B>"))
        #expect(dot.contains("subgraph \"cluster_tryg\""))
    }

    @Test func indicatorsAndAssumptionsAreShown() {
        let dot = DotBuilder.build(checked(sample).0).text
        #expect(dot.contains("▸ Andel jobparate → 50% (2026)"))
        #expect(dot.contains("<I>Der er ledige stillinger</I>"))
    }

    @Test func errorFindingsAreMarkedUnlessClean() {
        let (theory, findings) = checked(sample)
        let marked = DotBuilder.build(theory, findings: findings).text
        #expect(marked.contains("⚠ fører ikke til et mål"))
        #expect(marked.contains("\"nattevandring\" [shape=box, style=\"filled\", fillcolor=\"#E3EFF9\", color=\"#D55E00\""))
        var options = RenderOptions()
        options.clean = true
        let clean = DotBuilder.build(theory, findings: findings, options: options).text
        #expect(!clean.contains("⚠"))
        #expect(!clean.contains("#D55E00"))
    }

    @Test func reverseEdgesAreMarkedOnTheEdge() throws {
        let (theory, findings) = checked("resultat r: R\n  indikator: I\noutput o: O\nr -> o")
        let dot = try Renderer.finishedDOT(theory, findings: findings)
        // The marker is a label, drawn as a box on the edge's way (see RegressionTests).
        #expect(dot.contains("\"r\" -> \"edge 1\" [arrowhead=none, color=\"#D55E00\""))
        #expect(dot.contains("\"edge 1\" -> \"o\" [color=\"#D55E00\""))
        #expect(dot.contains("label=<<B>⚠ baglæns</B>>"))
    }

    @Test func areaViewShowsTheAreaAndWhatItLeadsTo() {
        let (theory, findings) = checked(sample)
        var options = RenderOptions()
        options.area = "job"
        let dot = DotBuilder.build(theory, findings: findings, options: options).text
        #expect(dot.contains("\"jobcafe\" ["))
        #expect(dot.contains("\"job_maal\" ["))
        #expect(!dot.contains("nattevandring"))
        #expect(!dot.contains("cluster_tryg"))
    }

    @Test func englishTheoriesGetAnEnglishLegend() {
        let (theory, _) = checked("theory: T\nactivity a: A\ngoal g: G\n  indicator: I\na -> g")
        let dot = DotBuilder.build(theory).text
        #expect(dot.contains(">Activity<") && dot.contains(">Goal<"))
        #expect(DotBuilder.build(checked(sample).0).text.contains(">Aktivitet<"))
    }

    @Test func sameInputSameBytes() {
        let (theory, findings) = checked(sample)
        #expect(DotBuilder.build(theory, findings: findings).text == DotBuilder.build(theory, findings: findings).text)
    }

    @Test func overlongLabelsAreShortenedWithAWarning() {
        let long = String(repeating: "ord ", count: 200)
        let document = DotBuilder.build(checked("aktivitet a: \(long)").0)
        #expect(document.text.contains("…"))
        #expect(document.warnings.map(\.rule) == ["long-label"])
        #expect(document.warnings[0].location == SourceLocation(line: 1, column: 11))
    }

    @Test func dotLinesMapBackToTheTheory() {
        let (theory, _) = checked(sample)
        let document = DotBuilder.build(theory)
        let lines = document.text.components(separatedBy: "\n")
        let line = lines.firstIndex { $0.contains("\"cv\" [") }! + 1
        #expect(document.sourceLocations[line] == SourceLocation(line: 8, column: 8))
    }
}

@Suite struct LabelTextTests {
    @Test func wrapsIntoBalancedLines() {
        let lines = LabelText.wrap("Lektiecafé to gange om ugen for 4.-9. klasse", width: 28)
        #expect(lines == ["Lektiecafé to gange om", "ugen for 4.-9. klasse"])
        #expect(LabelText.wrap("Kort", width: 28) == ["Kort"])
        #expect(LabelText.wrap("Etmegetlangtordudenmellemrumoverhovedet og kort", width: 10)
            == ["Etmegetlangtordudenmellemrumoverhovedet", "og kort"])
    }

    @Test func escapesMarkupEntitiesAndGraphvizEscapes() {
        #expect(LabelText.escape("<b>&lt;\"") == "&lt;b&gt;&amp;lt;&quot;")
        #expect(LabelText.escape("\\N \\G \\n \\") == "\\<FONT>N</FONT> \\<FONT>G</FONT> \\n \\")
        #expect(LabelText.escape("a\u{1}b") == "a\u{FFFD}b")
    }
}
