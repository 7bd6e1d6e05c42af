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

    /// Why `incomplete-indicator` and `target-without-baseline` are off by
    /// default although issue #5 asks for warnings: turned on, each adds a
    /// finding to one of the sketch's examples, which must give exactly what
    /// the sketch states. If either fires no more here, revisit the defaults.
    @Test func theRulesOffByDefaultWouldAddFindingsToTheSketch() throws {
        var every = RuleSettings()
        every.everyRule = true
        let danish = check(try fixture("language-example-da.ft"), settings: every)
        #expect(danish.map(\.rule) == ["target-without-baseline"])
        #expect(danish.map(\.node) == ["ungdomsuddannelse"])
        let english = check(try fixture("language-example-en.ft"), settings: every)
        #expect(english.map(\.rule).sorted() == ["incomplete-indicator", "orphan-activity", "unmeasured-goal", "unowned-activity", "unowned-activity"])
    }

    static let sketch = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/design/language.md")

    /// When the design folder is beside the project, its code blocks must be
    /// the fixtures, so the fixtures cannot drift from the sketch. Reported as
    /// skipped, not passed, where the folder is absent.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sketch.path), "needs ../shared/design/language.md beside the project"))
    func fixturesMatchTheSketch() throws {
        let text = try String(contentsOf: Self.sketch, encoding: .utf8)
        let blocks = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(blocks.count == 2)
        let bodies = blocks.map { String($0.drop(while: { $0 != "\n" }).dropFirst()) }
        #expect(bodies == [try fixture("language-example-da.ft"), try fixture("language-example-en.ft")])
    }
}
