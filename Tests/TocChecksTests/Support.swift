import Foundation
import TocChecks
import TocModel
import TocSyntax

/// Parses and checks a text; the text must parse without errors.
func check(_ text: String, rules: [any Rule] = Checker.coreRules) -> [Diagnostic] {
    let parsed = Parser.parse(text: text, path: "t.ft")
    precondition(!parsed.hasErrors, "test theory does not parse: \(parsed.diagnostics.map(\.message))")
    return Checker(rules: rules).check(Theory(parsed.file))
}

/// `rule@line:col` for each diagnostic, for compact expectations.
func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.rule)@\($0.location)" }
}

let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
