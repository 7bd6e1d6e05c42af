import Foundation
import TocChecks
import TocPipeline
import TocSyntax

/// SARIF 2.1.0, for code-scanning and review tools.
/// Columns are converted from characters to code points with the files'
/// text, when `sources` holds it; rules that are off by default say so
/// (`enabled: false`). Paths that could not be read are the invocation's
/// notifications, and make it unsuccessful.
enum SARIFFormatter {
    static func format(
        _ diagnostics: [Diagnostic], sources: [SourceFile] = [], language: Language, unreadable: [InputFiles.Failure] = []
    ) -> String {
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let location = { (file: String, at: SourceLocation) in
            SARIFFormatter.location(file, at, column: byPath[file]?.codePointColumn(of: at) ?? at.column)
        }
        let catalogue = Catalogue.all
        let index = Dictionary(uniqueKeysWithValues: catalogue.enumerated().map { ($1.id, $0) })
        let rules = catalogue.map { entry -> String in
            var rule = "{\"id\":\(q(entry.id.rawValue)),\"shortDescription\":{\"text\":\(q(entry.summary.text(language)))}"
            if let documentation = entry.rule?.documentation(in: language) {
                rule += ",\"fullDescription\":{\"text\":\(q(documentation))}"
            }
            let enabled = entry.enabledByDefault ? "" : "\"enabled\":false,"
            return rule + ",\"defaultConfiguration\":{\(enabled)\"level\":\(q(level(entry.severity)))}}"
        }
        let results = diagnostics.map { diagnostic -> String in
            var result = "{\"ruleId\":\(q(diagnostic.rule.rawValue))"
            if let ruleIndex = index[diagnostic.rule] { result += ",\"ruleIndex\":\(ruleIndex)" }
            result += ",\"level\":\(q(level(diagnostic.severity)))"
            result += ",\"message\":{\"text\":\(q(diagnostic.text.text(language)))}"
            result += ",\"locations\":[\(location(diagnostic.file, diagnostic.location))]"
            if !diagnostic.notes.isEmpty {
                let related = diagnostic.notes.enumerated().map { number, note in
                    let place = location(note.file, note.location).dropFirst().dropLast()
                    return "{\"id\":\(number),\(place),\"message\":{\"text\":\(q(note.text.text(language)))}}"
                }
                result += ",\"relatedLocations\":[\(related.joined(separator: ","))]"
            }
            return result + "}"
        }
        let notifications = unreadable.map { failure in
            "{\"level\":\"error\",\"message\":{\"text\":\(q(String(failure.message(language).dropFirst("toc: ".count))))},"
                + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(q(uri(failure.path)))}}}]}"
        }
        let invocation = "{\"executionSuccessful\":\(unreadable.isEmpty),"
            + "\"toolExecutionNotifications\":[\(notifications.joined(separator: ","))]}"
        return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
            + "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"toc\",\"version\":\(q(Toc.configuration.version)),"
            + "\"rules\":[\(rules.joined(separator: ","))]}},\"invocations\":[\(invocation)],"
            + "\"columnKind\":\"unicodeCodePoints\",\"results\":[\(results.joined(separator: ","))]}]}\n"
    }

    private static func location(_ file: String, _ location: SourceLocation, column: Int) -> String {
        "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(q(uri(file)))},"
            + "\"region\":{\"startLine\":\(location.line),\"startColumn\":\(column)}}}"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference for a path: `./` dropped, spaces and the like escaped.
    private static func uri(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        return PathEncoding.encode(trimmed)
    }

    private static func q(_ text: String) -> String { JSONString.quote(text) }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`;
/// a path that could not be read is an error on that file.
enum GitHubFormatter {
    static func format(_ diagnostics: [Diagnostic], language: Language, unreadable: [InputFiles.Failure] = []) -> String {
        unreadable.map { failure in
            "::error file=\(property(failure.path)),title=toc::\(data(String(failure.message(language).dropFirst("toc: ".count))))\n"
        }.joined() + diagnostics.map { diagnostic in
            let command = diagnostic.severity == .error ? "error" : (diagnostic.severity == .warning ? "warning" : "notice")
            return "::\(command) file=\(property(diagnostic.file)),line=\(diagnostic.location.line),"
                + "col=\(diagnostic.location.column),title=\(property(diagnostic.rule.rawValue))::"
                + "\(data(diagnostic.text.text(language)))\n"
        }.joined()
    }

    private static func data(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    private static func property(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    func replacingAll(_ table: [Character: String]) -> String {
        var out = ""
        for character in self {
            if let replacement = table[character] { out += replacement } else { out.append(character) }
        }
        return out
    }
}
