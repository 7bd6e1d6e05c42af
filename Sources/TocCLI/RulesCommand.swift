import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

/// `toc rules [ID]`: what each rule checks.
public struct RulesCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: Interface.help(
            "List the rules, or show one rule's documentation.", da: "Vis reglerne, eller én regels dokumentation."))

    /// A rule id.
    @Argument(help: ArgumentHelp(Interface.help("A rule id, such as orphan-activity.", da: "Et regel-id, fx orphan-activity.")))
    public var id: String?

    /// The language.
    @Option(help: ArgumentHelp(Interface.help("Language: da or en.", da: "Sprog: da eller en.")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Prints the list or one rule.
    public func run() throws {
        let language = lang ?? Interface.language
        guard let id else {
            Interface.console.write(RulesText.list(language: language))
            return
        }
        guard let entry = Catalogue.entry(FindingID(rawValue: id)) else {
            var message = LocalizedText("toc: unknown rule '\(id)'", da: "toc: ukendt regel '\(id)'")
            if let near = EditDistance.nearest(to: id, among: Catalogue.all.map(\.id.rawValue)) {
                message = message + LocalizedText("; did you mean '\(near)'?", da: "; mente du '\(near)'?")
            }
            Interface.console.writeError(message.text(language) + "\n")
            throw ExitCode(2)
        }
        Interface.console.write(RulesText.detail(entry, language: language))
    }
}

/// The text `toc rules` prints.
enum RulesText {
    static func list(language: Language) -> String {
        let entries = Catalogue.all
        let width = entries.map(\.id.rawValue.count).max() ?? 0
        return entries.map { entry in
            // Rules that are off by default say so; --all-rules or toc.yml turns them on.
            let off = entry.rule?.enabledByDefault == false
            let severity = word(entry.severity, off: off, language: language)
                .padding(toLength: language == .da ? 9 : 8, withPad: " ", startingAt: 0)
            return entry.id.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + severity
                + entry.summary.text(language) + "\n"
        }.joined()
    }

    /// A level as `toc.yml` takes it, in the user's language.
    static func word(_ severity: Severity, off: Bool, language: Language) -> String {
        let level = off ? RuleLevel.off : RuleLevel(word: severity.rawValue)
        return level?.word(danish: language == .da) ?? severity.rawValue
    }

    static func detail(_ entry: Catalogue.Entry, language: Language) -> String {
        let severity = word(entry.severity, off: false, language: language)
        var text = "\(entry.id) (\(severity)): \(entry.summary.text(language))\n"
        guard let rule = entry.rule else { return text }
        if !rule.enabledByDefault {
            text += LocalizedText(
                "Off by default; turn it on with --all-rules or in toc.yml (\(rule.id): \(entry.severity.rawValue)).\n",
                da: "Slået fra som standard; slå den til med --all-rules eller i toc.yml (\(rule.id): \(severity)).\n").text(language)
        }
        text += "\n" + rule.documentation(in: language) + "\n"
        let fires = LocalizedText("Fires on:", da: "Udløses af:").text(language)
        let silent = LocalizedText("Does not fire on:", da: "Udløses ikke af:").text(language)
        for (heading, examples) in [(fires, rule.examples.triggering), (silent, rule.examples.passing)] {
            text += "\n\(heading)\n"
            for example in examples {
                text += example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
                text += "\n\n"
            }
        }
        return text
    }
}
