import Foundation
import TocSyntax

/// The one-line misuse messages of `toc`: ArgumentParser's English messages
/// in the user's language, and an unknown command named as such with the
/// nearest command suggested. Shapes not known here stay in English.
enum UsageMessages {
    /// The line printed after `toc: ` for a misuse, without the help hint.
    static func line(for english: String, arguments: [String], commands: [String], language: Language) -> String {
        if let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help",
           english.hasPrefix("Unexpected argument") || english.contains("unexpected arguments") {
            return unknownCommand(first, commands: commands, language: language)
        }
        let trimmed = english.hasPrefix("Error: ") ? String(english.dropFirst(7)) : english
        return said(trimmed, in: language) ?? trimmed.prefix(1).lowercased() + trimmed.dropFirst()
    }

    /// `(see 'toc --help')` in the user's language.
    static func hint(_ language: Language) -> String {
        LocalizedText("(see 'toc --help')", da: "(se 'toc --help')").text(language)
    }

    static func unknownCommand(_ word: String, commands: [String], language: Language) -> String {
        let near = EditDistance.nearest(to: word, among: commands)
        switch (language, near) {
        case (.da, let near?): return "ukendt kommando '\(word)'; mente du '\(near)'?"
        case (.da, nil): return "ukendt kommando '\(word)'; kommandoerne er \(commands.joined(separator: ", "))"
        case (_, let near?): return "unknown command '\(word)'; did you mean '\(near)'?"
        case (_, nil): return "unknown command '\(word)'; the commands are \(commands.joined(separator: ", "))"
        }
    }

    /// ArgumentParser's English shapes, and how `toc` says them in English
    /// and Danish (the style of its other messages: lower case, `;` before
    /// a suggestion); `$1`, `$2` are the parts the pattern captures.
    private static let shapes: [(pattern: String, en: String, da: String)] = [
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#,
         "unknown option '$1'; did you mean '$2'?", "ukendt tilvalg '$1'; mente du '$2'?"),
        (#"^Unknown option '(.+)'$"#, "unknown option '$1'", "ukendt tilvalg '$1'"),
        (#"^Missing value for '(.+)'$"#, "missing value for '$1'", "mangler en værdi til '$1'"),
        (#"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#,
         "the option '$1' takes no value, but got '$2'", "tilvalget '$1' tager ingen værdi, men fik '$2'"),
        (#"^Unexpected argument '(.*)'$"#, "unexpected argument '$1'", "uventet argument '$1'"),
        (#"^(\d+) unexpected arguments: (.*)$"#, "$1 unexpected arguments: $2", "$1 uventede argumenter: $2"),
        (#"^Missing expected argument '(.+)'$"#, "missing expected argument '$1'", "mangler argumentet '$1'"),
        (#"^Missing one of: (.+)$"#, "missing one of: $1", "mangler en af: $1"),
        (#"^Missing required subcommand\.$"#, "missing command", "mangler en kommando"),
        (#"^The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$"#,
         "the value '$1' is invalid for '$2'; use one of $3", "værdien '$1' er ugyldig for '$2'; brug en af $3"),
        (#"^The value '(.*)' is invalid for '(.+)': (.+)$"#,
         "the value '$1' is invalid for '$2': $3", "værdien '$1' er ugyldig for '$2': $3"),
        (#"^The value '(.*)' is invalid for '(.+)'$"#, "the value '$1' is invalid for '$2'", "værdien '$1' er ugyldig for '$2'"),
    ]

    /// A known ArgumentParser message as `toc` says it, or nil.
    static func said(_ english: String, in language: Language) -> String? {
        let range = NSRange(english.startIndex..., in: english)
        for shape in shapes {
            let expression = try! NSRegularExpression(pattern: shape.pattern, options: [.dotMatchesLineSeparators])
            guard let match = expression.firstMatch(in: english, range: range) else { continue }
            var text = LocalizedText(shape.en, da: shape.da).text(language)
            for group in stride(from: match.numberOfRanges - 1, through: 1, by: -1) {
                let part = Range(match.range(at: group), in: english).map { String(english[$0]) } ?? ""
                text = text.replacingOccurrences(of: "$\(group)", with: part)
            }
            guard language == .da else { return text.replacingOccurrences(of: "' and '", with: "' or '") }
            return text.replacingOccurrences(of: "' or '", with: "' eller '")
                .replacingOccurrences(of: "' and '", with: "' eller '")
        }
        return nil
    }
}
