import Foundation
import Testing
import TocTestSupport
import TocRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// These run the real Graphviz library, in process.
@Suite struct GraphvizTests {
    static let theory = """
        forandringsteori: Jobcafé i Vollsmose
        periode: 2023-2026
        område job: Beskæftigelse
        aktivitet jobcafe: Jobcafé hver tirsdag med hjælp til CV og ansøgninger
          område: job
          -> cv
        output cv: 250 beboere får hjælp til CV
          område: job
          -> klar
        resultat klar: Ledige beboere er klar til arbejdsmarkedet
          område: job
          indikator: Andel jobparate
            målværdi: 50% (2026)
          -> job_maal
        mål job_maal: Flere beboere i job
          indikator: Ledighed blandt beboere 16-64 år
        aktivitet sommerfest: Sommerfest
        """

    @Test func svgIsValidWithTitleAndEveryNode() throws {
        let svg = try draw(Self.theory, format: .svg).bytes
        let texts = try svgNodeTexts(svg)
        #expect(Set(texts.keys) == ["jobcafe", "cv", "klar", "job_maal", "sommerfest"])
        let all = texts.values.flatMap { $0 }.joined(separator: " ")
        #expect(all.contains("Sommerfest"))
        let document = try XMLDocument(data: Data(svg))
        let strings = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(strings.contains("Jobcafé i Vollsmose"))
        #expect(strings.contains("Periode 2023-2026"))
        #expect(strings.contains("⚠ fører ikke til et mål"))
        #expect(String(decoding: svg, as: UTF8.self).contains("font-family=\"DejaVu Sans\""))
    }

    @Test func pngIsAValidImageAtTheAskedResolution() throws {
        let small = try draw(Self.theory, format: .png).bytes
        let large = try draw(Self.theory, format: .png, dpi: 192).bytes
        for png in [small, large] {
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        }
        let width = { (png: [UInt8]) in png[16..<20].reduce(0) { $0 << 8 | Int($1) } }
        #expect(width(small) > 200)
        #expect(abs(width(large) - 2 * width(small)) <= 2)
    }

    @Test func pdfIsAValidDocument() throws {
        let pdf = try draw(Self.theory, format: .pdf).bytes
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let tail = String(decoding: pdf.suffix(8), as: UTF8.self)
        #expect(tail.contains("%%EOF"))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:20000101000000"))
    }

    @Test(arguments: [OutputFormat.svg, .png, .pdf, .dot])
    func sameInputGivesIdenticalBytes(format: OutputFormat) throws {
        let first = try draw(Self.theory, format: format).bytes
        let second = try draw(Self.theory, format: format).bytes
        #expect(first == second)
    }

    @Test func callsFromManyThreadsAreSerialized() async throws {
        let expected = try draw(Self.theory, format: .svg).bytes
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<16 { group.addTask { try draw(Self.theory, format: .svg).bytes } }
            var all: [[UInt8]] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func graphvizErrorsBecomeErrorsNotOutputAndDoNotStick() throws {
        #expect(throws: GraphvizError.self) { try Graphviz.shared.render(dot: "digraph \"x\" { a -> }", format: "svg") }
        do {
            _ = try Graphviz.shared.render(dot: "digraph \"x\" {\n a -> ;\n}", format: "svg")
        } catch let error as GraphvizError {
            #expect(error.message.contains("syntax error"))
            #expect(error.dotLine != nil)
        }
        // An earlier failure must not make the next good call fail.
        let svg = try Graphviz.shared.render(dot: "digraph \"x\" { a -> b }", format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(throws: GraphvizError.self) { try Graphviz.shared.render(dot: "digraph \"x\" { a }", format: "nope") }
    }
}

/// Graphviz orders clusters by object id; with its default ids (string
/// addresses) the layout of a theory with several areas changed with the
/// state of the heap. These draw the example master plan (four areas) again
/// and again with other allocations in between.
@Suite struct ClusterDeterminismTests {
    @Test func severalAreasGiveTheSameDiagramEveryTime() throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("theories/helhedsplan-bispehaven.ft"), encoding: .utf8)
        var outputs: [[UInt8]] = []
        var ballast: [[UInt8]] = []
        for round in 0..<5 {
            ballast.append([UInt8](repeating: UInt8(round), count: 1000 * (round + 1) * 37))
            outputs.append(try draw(text, format: .svg).bytes)
        }
        #expect(ballast.count == 5)
        #expect(Set(outputs).count == 1)
    }

    /// With Pango measuring the text, as `dot` does, the SVG is `dot`'s.
    @Test func dotFromTheCommandLineAndInProcessAgree() throws {
        let dot = "/usr/bin/dot"
        guard FileManager.default.isExecutableFile(atPath: dot) else { return }
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("theories/helhedsplan-bispehaven.ft"), encoding: .utf8)
        let dotText = try draw(text, format: .dot).bytes
        let result = try Subprocess.run(dot, ["-Tsvg"], input: String(decoding: dotText, as: UTF8.self), limit: 120)
        #expect(!result.timedOut && result.status == 0, "\(result.stderr)")
        let external = Data(result.stdout.utf8)
        let pango = try Graphviz.shared.render(dot: String(decoding: dotText, as: UTF8.self), format: "svg", pango: true)
        #expect(Array(external) == pango)
    }
}

/// SVG is laid out with `toc`'s own reading of DejaVu Sans instead of Pango
/// (which costs more to start than a workshop diagram costs to lay out).
@Suite struct OwnTextMetricsTests {
    @Test func svgUsesTheOwnMetricsOnThisMachine() {
        #expect(Graphviz.shared.measuresTextItself, "DejaVu Sans or Graphviz's plugin folder was not found")
    }

    /// Every node of every example theory is as wide as Pango would make
    /// it, within 2% or 3 points (Pango rounds to pixels and kerns).
    @Test(arguments: ["helhedsplan-bispehaven.ft", "beskaeftigelse-viby-syd.ft", "workshop-kladde.ft",
                      "en/jobs-for-young-residents.ft"])
    func nodesAreSizedAsPangoSizesThem(file: String) throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("theories/\(file)"), encoding: .utf8)
        let dotText = String(decoding: try draw(text, format: .dot).bytes, as: UTF8.self)
        let own = try svgNodeWidths(try Graphviz.shared.render(dot: dotText, format: "svg"))
        let pango = try svgNodeWidths(try Graphviz.shared.render(dot: dotText, format: "svg", pango: true))
        #expect(own.count == pango.count && own.count > 5)
        for (id, width) in pango {
            let ours = try #require(own[id])
            #expect(abs(ours - width) <= max(3, 0.02 * width), "\(id): \(ours) against Pango's \(width)")
        }
    }

    @Test func theSvgNamesTheFontItMeasured() throws {
        let svg = String(decoding: try draw(GraphvizTests.theory, format: .svg).bytes, as: UTF8.self)
        #expect(svg.contains("font-family=\"DejaVu Sans\""))
        #expect(!svg.contains("font-family=\"Times"))
    }
}

/// Inputs that once broke the drawing (see Tests/Regressions/README.md).
@Suite struct RegressionTests {
    @Test(arguments: ["graphviz-flat-edge-labels.ft", "graphviz-backwards-edge-labels.ft"])
    func labelledEdgesThatGraphvizTurnsDoNotCorruptIt(file: String) throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Tests/Regressions/\(file)"), encoding: .utf8)
        let dot = String(decoding: try draw(text, format: .dot).bytes, as: UTF8.self)
        // These theories have edges backwards or on loops: no edge carries a
        // label (each is a node on its edge's way), and no edge runs within
        // the first column.
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(!edgeLines.isEmpty && !edgeLines.contains { $0.contains("label=") })
        #expect(dot.contains("\"edge 1\" [shape=plaintext"))
        // Drawn again and again in one process: a corrupted heap aborts.
        for format in [OutputFormat.svg, .png, .svg, .pdf, .svg] {
            #expect(try draw(text, format: format).bytes.count > 1000)
        }
    }

    /// A theory with a loop and a backwards edge, all of its edges labelled.
    static let loop = """
        aktivitet gadeplan: Gadeplansmedarbejdere i aftentimerne
          -> kontakt
        output kontakt: 50 unge får kontakt
          -> tryghed
            antagelse: De unge vil tale med medarbejderne
        resultat tryghed: Beboerne føler sig trygge
          indikator: Andel trygge beboere
          -> deltagelse
            antagelse: Trygge beboere deltager mere
        resultat deltagelse: Flere deltager i fællesskabet
          indikator: Antal deltagere
          -> tryghed
            antagelse: Fællesskab giver tryghed
          -> maal
        mål maal: Et trygt boligområde
          indikator: Andel der føler sig trygge
          -> gadeplan
            antagelse: Målet kræver fortsat indsats

        """

    /// Labels placed after layout (`xlabel`, the first workaround) landed on
    /// nodes and on each other; as nodes, Graphviz keeps them apart.
    @Test func labelsOfALoopNeitherOverlapNodesNorEachOther() throws {
        let (theory, findings) = checked(Self.loop)
        let plain = String(decoding: try Graphviz.shared.render(
            dot: try Renderer.finishedDOT(theory, findings: findings), format: "plain"), as: UTF8.self)
        // "node NAME X Y WIDTH HEIGHT ...", names quoted when they have a space.
        var boxes: [(name: String, x: Double, y: Double, w: Double, h: Double)] = []
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let match = try #require(line.firstMatch(of: /^node ("[^"]*"|\S+) (\S+) (\S+) (\S+) (\S+)/))
            boxes.append((String(match.1), Double(match.2)!, Double(match.3)!, Double(match.4)!, Double(match.5)!))
        }
        #expect(boxes.filter { $0.name.hasPrefix("\"edge ") }.count == 4)
        #expect(boxes.count == 9)
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] {
                let apart = abs(a.x - b.x) >= (a.w + b.w) / 2 || abs(a.y - b.y) >= (a.h + b.h) / 2
                #expect(apart, "\(a.name) overlaps \(b.name)")
            }
        }
    }

    @Test func aLabelNodeJoinsTheAreaOfItsEdgeAndCarriesTheProblemColour() throws {
        let text = "område o: O\naktivitet a: A\n  område: o\n  -> m\nmål m: M\n  område: o\n  indikator: I\n  -> a\n    antagelse: x\n"
        let (theory, findings) = checked(text)
        let dot = try Renderer.finishedDOT(theory, findings: findings)
        let cluster = try #require(dot.range(of: "subgraph \"cluster_o\" {").map { dot[$0.upperBound...].prefix { $0 != "}" } })
        #expect(cluster.contains("\"edge 1\";"))
        #expect(dot.contains("  \"edge 1\" [shape=plaintext, margin=\"0.04,0.02\", width=0, height=0, "
            + "fontsize=9, fontcolor=\"#A14700\", label=<<B>⚠ baglæns</B><BR/><I>x</I>>, pos="))
        #expect(dot.contains("  \"m\" -> \"edge 1\" [arrowhead=none, color=\"#D55E00\""))
        #expect(dot.contains("  \"edge 1\" -> \"a\" [color=\"#D55E00\""))
        #expect(dot.contains("\"a\" -> \"m\" [pos="))
    }

    @Test func anActivityThatAnActivityLeadsToLeavesTheFirstColumn() throws {
        let (theory, findings) = checked("aktivitet a: A\n  -> b\n    antagelse: x\naktivitet b: B\n  -> m\nmål m: M\n  indikator: I\n")
        let columns = rankGroups(DotBuilder.build(theory, findings: findings).text)
        #expect(columns.first == ["a"], "\(columns)")
        #expect(!(columns.first?.contains("b") ?? true))
        let dot = try Renderer.finishedDOT(theory, findings: findings)
        #expect(dot.contains("\"a\" -> \"edge 1\" [arrowhead=none, pos="))
        #expect(dot.contains("label=<<I>x</I>>"))
    }
}
