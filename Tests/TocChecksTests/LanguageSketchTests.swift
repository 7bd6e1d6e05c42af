import Foundation
import Testing
import TocChecks
import TocSyntax
import TocTestSupport

/// The examples of shared/design/language.md give exactly the findings it states.
@Suite struct LanguageSketchTests {
    static let danishExpected: [String] = []
    static let englishExpected = ["orphan-activity@5:10", "incomplete-indicator@8:3", "unmeasured-goal@9:6"]
    static let plansExpected = ["unreached-outcome", "unjudgeable-target"]

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/\(name)"), encoding: .utf8)
    }

    @Test func danishExampleHasNoFindings() throws {
        #expect(summary(check(try fixture("language-example-da.ft"))) == Self.danishExpected)
    }

    @Test func englishExampleHasExactlyTheThreeStatedFindings() throws {
        let findings = check(try fixture("language-example-en.ft"))
        #expect(summary(findings) == Self.englishExpected)
        #expect(findings.map(\.node) == ["fairs", "ready", "jobs"])
        #expect(findings.map(\.severity) == [.error, .warning, .error])
    }

    /// The third example (problem, target group, resources, horizons,
    /// thresholds): `unreached-outcome` at `netværk`, `unjudgeable-target`
    /// at its indicator, and nothing else (issue #15).
    @Test func plansExampleHasExactlyTheTwoStatedFindings() throws {
        let findings = check(try fixture("language-example-plans-da.ft"))
        #expect(findings.map(\.rule.rawValue) == Self.plansExpected)
        #expect(findings.map(\.node) == ["netværk", "netværk"])
        #expect(findings.map(\.severity) == [.warning, .warning])
        // The first at the outcome's id, the second at its indicator.
        #expect(findings.map(\.location.line) == [29, 32])
    }

    /// `--all-rules` adds only `unowned-activity`, the one rule still off by
    /// default, to the sketch's examples.
    @Test func everyRuleAddsOnlyTheRuleThatIsOff() throws {
        var every = RuleSettings()
        every.everyRule = true
        let danish = check(try fixture("language-example-da.ft"), settings: every)
        #expect(danish.isEmpty)
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
        #expect(blocks.count == 3)
        let bodies = blocks.map { String($0.drop(while: { $0 != "\n" }).dropFirst()) }
        #expect(bodies == [
            try fixture("language-example-da.ft"), try fixture("language-example-en.ft"),
            try fixture("language-example-plans-da.ft"),
        ])
    }
}
