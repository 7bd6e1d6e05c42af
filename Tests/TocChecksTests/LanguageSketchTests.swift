import Foundation
import Testing
import TocChecks
import TocSyntax

/// The two examples of shared/design/language.md give exactly the findings it states.
@Suite struct LanguageSketchTests {
    static let danishExpected: [String] = []
    static let englishExpected = ["orphan-activity@5:10", "unmeasured-goal@9:6"]

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/\(name)"), encoding: .utf8)
    }

    @Test func danishExampleHasNoFindings() throws {
        #expect(summary(check(try fixture("language-example-da.ft"))) == Self.danishExpected)
    }

    @Test func englishExampleHasExactlyTheTwoStatedFindings() throws {
        let findings = check(try fixture("language-example-en.ft"))
        #expect(summary(findings) == Self.englishExpected)
        #expect(findings.map(\.node) == ["fairs", "jobs"])
        #expect(findings.map(\.severity) == [.error, .error])
    }

    /// When the design folder is beside the project (as in CI), its code blocks
    /// must be the fixtures, so the fixtures cannot drift from the sketch.
    @Test func fixturesMatchTheSketch() throws {
        let sketch = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/design/language.md")
        guard let text = try? String(contentsOf: sketch, encoding: .utf8) else { return }
        let blocks = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(blocks.count == 2)
        let bodies = blocks.map { String($0.drop(while: { $0 != "\n" }).dropFirst()) }
        #expect(bodies == [try fixture("language-example-da.ft"), try fixture("language-example-en.ft")])
    }
}
