import TocModel
import TocSyntax

// Registry: core 6
/// No activity has a path to the goal.
///
/// The goal is stated, but nothing the programme does leads to it. Either
/// activities are missing, or the chain from them stops before the goal.
///
/// The finding sits at the goal's declaration.
public struct UnreachedGoal: Rule {
    /// Creates the rule.
    public init() {}

    /// `unreached-goal`.
    public var id: FindingID { .unreachedGoal }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("no activity has a path to the goal", da: "ingen aktivitet fører til målet") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Unreached goal", da: "Mål som ingen aktivitet når") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no activity leads here", da: "ingen aktivitet fører hertil") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        No activity has a path to the goal.

        The goal is stated, but nothing the programme does leads to it. Either
        activities are missing, or the chain from them stops before the goal.

        The finding sits at the goal's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Ingen aktivitet har en vej til målet.

        Målet er formuleret, men intet af det, programmet gør, fører til det. Enten
        mangler der aktiviteter, eller kæden fra dem stopper før målet.

        Fundet sidder ved målets erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                resultat tryghed: Beboerne føler sig trygge
                  -> kriminalitet
                mål kriminalitet: Mindre kriminalitet i området
                """,
            ],
            passing: [
                """
                aktivitet nattevandring: Nattevandring i weekenden
                  -> kriminalitet
                mål kriminalitet: Mindre kriminalitet i området
                """,
            ])
    }

    /// Reports each goal that no activity reaches.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.indices(of: .goal).compactMap { index in
            guard !analysis.reachedFromActivity[index] else { return nil }
            let node = analysis.theory.nodes[index]
            return Finding(LocalizedText(
                "no activity leads to goal '\(node.id)'", da: "ingen aktivitet fører til målet '\(node.id)'"), at: node.location, node: node.id)
        }
    }
}
