import Foundation
import Testing
import TocChecks
import TocSyntax

@Suite struct RuleExampleTests {
    static let rules = Checker.coreRules.map { RuleBox(rule: $0) }

    struct RuleBox: CustomTestStringConvertible, Sendable {
        let rule: any Rule
        var testDescription: String { rule.id }
    }

    @Test(arguments: rules)
    func triggeringExamplesFire(box: RuleBox) {
        #expect(!box.rule.examples.triggering.isEmpty)
        for example in box.rule.examples.triggering {
            let findings = check(example).filter { $0.rule == box.rule.id }
            #expect(!findings.isEmpty, "\(box.rule.id) did not fire on:\n\(example)")
        }
    }

    @Test(arguments: rules)
    func passingExamplesStaySilent(box: RuleBox) {
        #expect(!box.rule.examples.passing.isEmpty)
        for example in box.rule.examples.passing {
            let findings = check(example).filter { $0.rule == box.rule.id }
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
    }
}

@Suite struct RuleDanishTests {
    @Test(arguments: RuleExampleTests.rules)
    func findingsHaveDanishText(box: RuleExampleTests.RuleBox) {
        for example in box.rule.examples.triggering {
            for finding in check(example) where finding.rule == box.rule.id {
                #expect(finding.text.da != finding.text.en, "\(box.rule.id): \(finding.text.en)")
                for note in finding.notes { #expect(note.text.da != note.text.en) }
            }
        }
    }
}
