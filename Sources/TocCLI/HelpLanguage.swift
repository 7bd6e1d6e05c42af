import ArgumentParser
import Foundation
import TocSyntax

extension Language: ExpressibleByArgument {}

/// The language of help texts and messages, chosen before the arguments are
/// parsed: `--lang da|en` if given, else `LC_ALL`/`LC_MESSAGES`/`LANG`,
/// English when none is set. It is a task-local value, bound for the run by
/// `TocMain`, so no process-wide variable holds it.
enum Interface {
    /// The language of the run in progress.
    @TaskLocal static var language = Language.en
    /// The streams and environment of the run in progress.
    @TaskLocal static var console = Console.process

    /// The language the arguments and the environment ask for.
    static func choose(arguments: [String], environment: [String: String]) -> Language {
        if let index = arguments.firstIndex(where: { $0 == "--lang" }), index + 1 < arguments.count,
           let chosen = Language(rawValue: arguments[index + 1]) {
            return chosen
        } else if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }),
                  let chosen = Language(rawValue: String(inline.dropFirst("--lang=".count))) {
            return chosen
        }
        return Language.from(environment: environment)
    }

    /// The arguments without a `--lang X` (or `--lang=X`) written before
    /// the command, as in `toc --lang da check .`: `choose` has read it
    /// already, and the commands only take it after their name.
    static func withoutLeadingLanguage(_ arguments: [String]) -> [String] {
        guard let first = arguments.first else { return arguments }
        if first.hasPrefix("--lang="), Language(rawValue: String(first.dropFirst("--lang=".count))) != nil {
            return Array(arguments.dropFirst())
        }
        if first == "--lang", arguments.count > 1, Language(rawValue: arguments[1]) != nil {
            return Array(arguments.dropFirst(2))
        }
        return arguments
    }

    /// A help text in the chosen language.
    static func help(_ english: String, da danish: String) -> String {
        LocalizedText(english, da: danish).text(language)
    }

    /// ArgumentParser's own words in a help page (headings, value lists,
    /// the built-in flags), said in Danish when the language is Danish; the
    /// texts `toc` gives it are translated already.
    static func localizedHelp(_ text: String) -> String {
        guard language == .da else { return text }
        let headings = [
            "OVERVIEW:": "OVERSIGT:", "USAGE:": "BRUG:", "ARGUMENTS:": "ARGUMENTER:",
            "OPTIONS:": "TILVALG:", "SUBCOMMANDS:": "KOMMANDOER:",
        ]
        let phrases = [
            ("Show help information.", "Vis hjælp."), ("Show the version.", "Vis versionen."),
            ("(values:", "(værdier:"), ("; default:", "; standard:"), ("(default:", "(standard:"),
            ("See 'toc help <subcommand>' for detailed help.", "Se 'toc help <kommando>' for mere hjælp."),
            ("toc <subcommand>", "toc <kommando>"), ("[<options>]", "[<tilvalg>]"),
        ]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            for (english, danish) in headings where line.hasPrefix(english) {
                line = danish + line.dropFirst(english.count)
            }
            for (english, danish) in phrases { line = line.replacingOccurrences(of: english, with: danish) }
            // A value list wrapped after its `;` leaves `default:` first on a line.
            if line.drop(while: { $0 == " " }).hasPrefix("default:") {
                line = line.replacingOccurrences(of: "default:", with: "standard:")
            }
            return line
        }.joined(separator: "\n")
    }
}
