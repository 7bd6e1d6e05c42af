import Foundation
import Testing
import TocChecks
import TocModel
import TocReport
import TocSyntax

/// Issue #18: the theory written out as prose names every activity and the
/// goal it leads to, in grammatical Danish and English.
@Suite struct NarrativeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theories: [String] = {
        let folder = root.appendingPathComponent("theories")
        return (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".ft") } ?? []).sorted()
    }()

    /// Issue #26: labels are text in the narrative's Markdown, never markup
    /// (through pandoc, `<script>` ran in the browser and `[x](javascript:…)`
    /// became a live link).
    @Test func hostileLabelsStayText() throws {
        let text = """
            forandringsteori: Lektiecafé <script>alert(1)</script>
            aktivitet a: Lektier <img src=x onerror=alert(2)> [klik](javascript:alert(3))
              -> m
            mål m: *Børn* trives_nu `kode` # ikke en overskrift
            """
        let theory = try #require(Checker().check(SourceFile(path: "t.ft", text: text)).theory)
        let markdown = Narrative.markdown(theory, language: .da)
        // Every < and [ is escaped, so no tag and no link is left.
        #expect(markdown.range(of: #"(?<!\\)[<\[]"#, options: .regularExpression) == nil, "\(markdown)")
        #expect(markdown.contains("\\<img src=x onerror=alert(2)\\>"), "\(markdown)")
        #expect(markdown.contains("\\*Børn\\* trives\\_nu"), "\(markdown)")
    }

    @Test(arguments: theories)
    func everyActivityAndTheGoalItLeadsToIsNamed(path: String) throws {
        let result = Checker().check(SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
        guard let theory = result.theory else { return }
        let text = Narrative.markdown(theory, language: theory.language)
        let graph = Graph(theory)
        for (index, node) in theory.nodes.enumerated() where node.kind == .activity {
            #expect(text.contains("**\(node.label)**"), "\(path): \(node.label)")
            for reached in graph.reach(from: [index]).indices where graph.reach(from: [index])[reached] && theory.nodes[reached].kind == .goal {
                #expect(text.contains("«\(theory.nodes[reached].label)»"), "\(path): \(theory.nodes[reached].label)")
            }
        }
    }

    @Test func aPathwayIsOneSentenceWithItsAssumptionAndMeasures() {
        let text = """
        forandringsteori: T
        aktivitet a: Lektiecafé
          -> o
        output o: 40 børn deltager
          -> m
            antagelse: Forældrene bakker op
        mål m: Flere gennemfører
          indikator: Andel
            udgangspunkt: 70 % (2024)
            målværdi: mindst 80 % (2027)
        """
        let theory = Checker().check(SourceFile(path: "t.ft", text: text)).theory!
        #expect(Narrative.markdown(theory, language: .da) == """
            ## Fortælling

            **Lektiecafé**. Aktiviteten leverer «40 børn deltager», som fører til målet «Flere gennemfører». \
            Det forudsætter, at forældrene bakker op. «Flere gennemfører» måles ved «Andel» (fra 70 % (2024) til mindst 80 % (2027)).


            """)
        #expect(Narrative.markdown(theory, language: .en).contains(
            "The activity delivers «40 børn deltager», which leads to the goal «Flere gennemfører». This assumes that forældrene bakker op."))
    }
}
