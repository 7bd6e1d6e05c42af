import TocModel
import TocSyntax

// Registry: core 9
/// An outcome has no indicator.
///
/// Without an indicator nobody can tell whether the change for the target
/// group happens, and monitoring has nothing to follow. Add an `indikator:`
/// under the outcome.
///
/// The finding sits at the outcome's declaration.
public struct UnmeasuredOutcome: Rule {
    /// Creates the rule.
    public init() {}

    /// `unmeasured-outcome`.
    public var id: FindingID { .unmeasuredOutcome }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an outcome has no indicator", da: "et resultat har ingen indikator") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Unmeasured outcome", da: "Resultat uden indikator") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no indicator", da: "ingen indikator") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An outcome has no indicator.

        Without an indicator nobody can tell whether the change for the target
        group happens, and monitoring has nothing to follow. Add an `indikator:`
        under the outcome.

        The finding sits at the outcome's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Et resultat har ingen indikator.

        Uden en indikator kan ingen se, om forandringen for målgruppen sker, og
        opfølgningen har intet at følge. Tilføj en `indikator:` under resultatet.

        Fundet sidder ved resultatets erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: ["resultat trivsel: Børnene trives bedre"],
            passing: [
                """
                resultat trivsel: Børnene trives bedre
                  indikator: Andel elever med høj trivsel
                """,
            ])
    }

    /// Reports each outcome without indicators.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.indices(of: .outcome).compactMap { index in
            let node = analysis.theory.nodes[index]
            guard node.indicators.isEmpty else { return nil }
            return Finding(LocalizedText(
                "outcome '\(node.id)' has no indicator", da: "resultatet '\(node.id)' har ingen indikator"), at: node.location, node: node.id)
        }
    }
}
