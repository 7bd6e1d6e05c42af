import ArgumentParser
import Foundation
import TocPipeline
import TocSyntax

/// `toc narrative FILE`: the theory written out as prose, in Markdown.
public struct NarrativeCommand: ParsableCommand {
    /// Name and help.
    public static let configuration = CommandConfiguration(
        commandName: "narrative",
        abstract: Interface.help(
            "Write a theory out as prose (Markdown on standard output).",
            da: "Skriv en teori ud som tekst (Markdown på standardoutput)."),
        discussion: Interface.help(
            "Area by area and pathway by pathway: what is done, what it delivers, what it leads to, on which "
                + "assumptions, and how each step is measured. The same text as the report's Narrative section.",
            da: "Område for område og vej for vej: hvad der gøres, hvad det leverer, hvad det fører til, på hvilke "
                + "antagelser, og hvordan hvert skridt måles. Samme tekst som rapportens afsnit Fortælling."))

    /// The theory file.
    @Argument(help: ArgumentHelp(Interface.help("The theory file (.ft).", da: "Teorifilen (.ft).")))
    public var file: String

    /// Language of the text.
    @Option(help: ArgumentHelp(Interface.help(
        "Language of the text: da or en (default: from LANG).", da: "Tekstens sprog: da eller en (standard: fra LANG).")))
    public var lang: Language?

    /// Creates the command.
    public init() {}

    /// Prints the narrative.
    public func run() throws {
        let language = lang ?? Interface.language
        var out = CommandOutput()
        switch Pipeline().check(file: file) {
        case .failure(let failure):
            out.stderr = "toc: \(failure.path): \(failure.reason.text(language))\n"
            out.status = 2
        case .success(let checked):
            guard let theory = checked.checked.theory else {
                let problems = checked.checked.diagnostics.filter { $0.severity == .error }
                out.stderr = problems.map { "\(file):\($0.location.line):\($0.location.column): \($0.text.text(language))\n" }.joined()
                out.status = 1
                break
            }
            out.stdout = Pipeline.narrative(theory, language: lang ?? theory.language)
        }
        try emit(out)
    }
}
