import Foundation
import PropertyBased
import Testing
import TocChecks
import TocModel
import TocRender
import TocSyntax
import TocTestSupport

/// For generated theories: checking (every rule on) never crashes, every
/// finding points inside the file, and Graphviz accepts every DOT text.
@Suite struct PipelinePropertyTests {
    @Test func everyFindingIsInsideTheFileAndGraphvizAcceptsTheDot() async {
        await propertyCheck(count: 150, input: Gen.uint64(in: 0 ... .max)) { seed in
            let text = TheoryGenerator.theory(seed: seed)
            let source = SourceFile(path: "g.ft", text: text)
            var settings = RuleSettings()
            settings.everyRule = true
            let checked = Checker(settings: settings).check(source, loader: MemoryLoader(files: [:]))
            let lines = source.lines.count
            for diagnostic in checked.diagnostics {
                let location = diagnostic.location
                #expect(location.line >= 1 && location.line <= max(lines, 1), "\(diagnostic.rule) at \(location)")
                let width = source.text(ofLine: location.line).count
                #expect(location.column >= 1 && location.column <= width + 1, "\(diagnostic.rule) at \(location) of \(width)")
                for note in diagnostic.notes { #expect(note.location.line >= 1 && note.location.line <= lines) }
            }
            guard let theory = checked.theory else {
                Issue.record("generated theory does not check:\n\(text)")
                return
            }
            var options = RenderOptions()
            options.force = true
            switch Renderer.render(theory, findings: checked.diagnostics, format: .svg, options: options) {
            case .success(let diagram):
                #expect(diagram.bytes.count > 100)
            case .failure(let problem):
                Issue.record("Graphviz refused the DOT: \(problem.message)\n\(text)")
            }
        }
    }
}
