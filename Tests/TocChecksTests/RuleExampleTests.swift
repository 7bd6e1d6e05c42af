import Foundation
import Testing
import TocChecks
import TocSyntax
import TocTestSupport

@Suite struct RuleExampleTests {
    static let rules = Checker.allRules.map { RuleBox(rule: $0) }

    struct RuleBox: CustomTestStringConvertible, Sendable {
        let rule: any Rule
        var testDescription: String { rule.id.rawValue }
    }

    @Test(arguments: rules)
    func triggeringExamplesFire(box: RuleBox) {
        #expect(!box.rule.examples.triggering.isEmpty)
        for example in box.rule.examples.triggering {
            let findings = check(example, settings: on(box.rule)).filter { $0.rule == box.rule.id }
            #expect(!findings.isEmpty, "\(box.rule.id) did not fire on:\n\(example)")
        }
    }

    @Test(arguments: rules)
    func passingExamplesStaySilent(box: RuleBox) {
        #expect(!box.rule.examples.passing.isEmpty)
        for example in box.rule.examples.passing {
            let findings = check(example, settings: on(box.rule)).filter { $0.rule == box.rule.id }
            #expect(findings.isEmpty, "\(box.rule.id) fired on:\n\(example)")
        }
    }

    @Test(arguments: rules)
    func docCommentIsTheDocumentation(box: RuleBox) throws {
        let typeName = String(describing: type(of: box.rule))
        let file = packageRoot.appendingPathComponent("Sources/TocChecks/Rules/\(typeName).swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let declaration = try #require(lines.firstIndex { $0.hasPrefix("public struct \(typeName): Rule") })
        var comment: [String] = []
        var index = declaration - 1
        while index >= 0, lines[index].hasPrefix("///") {
            comment.insert(String(lines[index].dropFirst(3).drop(while: { $0 == " " })), at: 0)
            index -= 1
        }
        #expect(comment.joined(separator: "\n") == box.rule.documentation)
    }

    @Test func ruleIdsAreUniqueAndStable() {
        let ids = Checker.coreRules.map(\.id)
        #expect(ids == [
            "orphan-activity", "unmeasured-goal", "undefined-reference", "duplicate-id", "reverse-edge",
            "unreached-goal", "dead-end", "level-leap", "unmeasured-outcome", "cycle",
        ])
        let severities = Checker.coreRules.map(\.defaultSeverity)
        #expect(severities == [.error, .error, .error, .error, .error, .warning, .warning, .warning, .warning, .warning])
        #expect(Checker.evaluationRules.map(\.id) == [
            "incomplete-indicator", "target-without-baseline", "target-outside-period", "unowned-activity",
            "area-without-goal", "duplicate-edge", "oversized-diagram", "unreached-outcome", "unjudgeable-target",
            "reverse-horizon", "unclassified-area",
        ])
        #expect(Checker.evaluationRules.allSatisfy { $0.defaultSeverity == .warning })
        #expect(Checker.evaluationRules.filter { !$0.enabledByDefault }.map(\.id)
            == ["unowned-activity"])
        #expect(Set(Checker.allRules.map(\.id)).count == Checker.allRules.count)
    }

    @Test func offRulesRunOnlyWhenTurnedOnAndLevelsCanChange() {
        let text = "aktivitet a: A\n  -> m\nmål m: M\n  indikator: I\n"
        #expect(!check(text).contains { $0.rule == "unowned-activity" })
        let on = check(text, settings: RuleSettings(levels: ["unowned-activity": .error]))
        #expect(on.first { $0.rule == "unowned-activity" }?.severity == .error)
        let off = check(text, settings: RuleSettings(levels: ["level-leap": .off]))
        #expect(!off.contains { $0.rule == "level-leap" })
        let raised = check(text, settings: RuleSettings(levels: ["level-leap": .error]))
        #expect(raised.first { $0.rule == "level-leap" }?.severity == .error)
    }
}

@Suite struct RuleDanishTests {
    @Test(arguments: RuleExampleTests.rules)
    func findingsHaveDanishText(box: RuleExampleTests.RuleBox) {
        for example in box.rule.examples.triggering {
            for finding in check(example, settings: on(box.rule)) where finding.rule == box.rule.id {
                #expect(finding.text.da != finding.text.en, "\(box.rule.id): \(finding.text.en)")
                for note in finding.notes { #expect(note.text.da != note.text.en) }
            }
        }
    }

    /// The Danish documentation is a translation of the English: as many
    /// paragraphs, the same code (`indikator:`, `toc.yml`, rule ids) and
    /// numbers, and not the English text itself.
    @Test(arguments: RuleExampleTests.rules)
    func documentationHasADanishTranslation(box: RuleExampleTests.RuleBox) {
        let english = box.rule.documentation
        let danish = box.rule.documentation(in: .da)
        #expect(danish != english)
        #expect(danish.components(separatedBy: "\n\n").count == english.components(separatedBy: "\n\n").count)
        func code(_ text: String) -> [String] {
            text.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        }
        func numbers(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isNumber }).map(String.init)
        }
        #expect(code(danish) == code(english), "\(box.rule.id)")
        #expect(numbers(danish) == numbers(english), "\(box.rule.id)")
        #expect(box.rule.documentation(in: .en) == english)
    }
}
