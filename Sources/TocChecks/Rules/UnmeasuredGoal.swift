import TocModel
import TocSyntax

// Registry: core 2
/// A goal has no indicator.
///
/// Landsbyggefonden asks every master plan to state how each goal is
/// measured, and evaluations keep finding goals that nobody measures. Add an
/// `indikator:` under the goal, with a baseline, a target and a source.
///
/// The finding sits at the goal's declaration.
public struct UnmeasuredGoal: Rule {
    /// Creates the rule.
    public init() {}

    /// `unmeasured-goal`.
    public var id: FindingID { .unmeasuredGoal }
    /// An error by default.
    public var defaultSeverity: Severity { .error }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("a goal has no indicator", da: "et mål har ingen indikator") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Unmeasured goal", da: "Mål uden indikator") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no indicator", da: "ingen indikator") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        A goal has no indicator.

        Landsbyggefonden asks every master plan to state how each goal is
        measured, and evaluations keep finding goals that nobody measures. Add an
        `indikator:` under the goal, with a baseline, a target and a source.

        The finding sits at the goal's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Et mål har ingen indikator.

        Landsbyggefonden beder hver helhedsplan angive, hvordan hvert mål måles, og
        evalueringer finder igen og igen mål, som ingen måler. Tilføj en
        `indikator:` under målet, med udgangspunkt, målværdi og kilde.

        Fundet sidder ved målets erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: ["mål beskæftigelse: Flere beboere er i job"],
            passing: [
                """
                mål beskæftigelse: Flere beboere er i job
                  indikator: Ledighed blandt beboere 16-64 år
                """,
            ])
    }

    /// Reports each goal without indicators.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.indices(of: .goal).compactMap { index in
            let node = analysis.theory.nodes[index]
            guard node.indicators.isEmpty else { return nil }
            return Finding(LocalizedText(
                "goal '\(node.id)' has no indicator", da: "målet '\(node.id)' har ingen indikator"), at: node.location, node: node.id)
        }
    }
}
