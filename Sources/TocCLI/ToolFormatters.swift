import Foundation
import TocPipeline
import TocSyntax

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
