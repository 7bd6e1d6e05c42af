import Foundation
import TocChecks
import TocModel
import TocSyntax
import TocTestSupport

/// Parses and checks a text; the text must parse without errors.
func check(_ text: String, rules: [any Rule] = Checker.allRules, settings: RuleSettings = RuleSettings()) -> [Diagnostic] {
    let parsed = Parser.parse(text: text, path: "t.ft")
    precondition(!parsed.hasErrors, "test theory does not parse: \(parsed.diagnostics.map(\.message))")
    return Checker(rules: rules, settings: settings).check(Theory(parsed.file))
}

/// Settings that turn one rule on, whatever its default.
func on(_ rule: any Rule) -> RuleSettings {
    RuleSettings(levels: [rule.id: rule.defaultSeverity == .error ? .error : .warning])
}

/// `rule@line:col` for each diagnostic, for compact expectations.
func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.rule)@\($0.location)" }
}

let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
