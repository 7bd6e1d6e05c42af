import TocModel
import TocSyntax

// Registry: core 8
/// An edge skips a level.
///
/// An activity that leads straight to an outcome or a goal, or an output
/// that leads straight to a goal, leaves out the step in between: what the
/// activity delivers, or what changes for the target group. It is allowed,
/// but the missing step is usually where the theory is weakest.
///
/// The finding sits where the edge's target is written.
public struct LevelLeap: Rule {
    /// Creates the rule.
    public init() {}

    /// `level-leap`.
    public var id: FindingID { .levelLeap }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an edge skips a level", da: "en pil springer et niveau over") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Skipped level", da: "Overspringer et niveau") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("skips a level", da: "springer et niveau over") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An edge skips a level.

        An activity that leads straight to an outcome or a goal, or an output
        that leads straight to a goal, leaves out the step in between: what the
        activity delivers, or what changes for the target group. It is allowed,
        but the missing step is usually where the theory is weakest.

        The finding sits where the edge's target is written.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En pil springer et niveau over.

        En aktivitet, der fører direkte til et resultat eller et mål, eller et
        output, der fører direkte til et mål, udelader trinnet imellem: hvad
        aktiviteten leverer, eller hvad der ændrer sig for målgruppen. Det er
        tilladt, men det manglende trin er som regel der, hvor teorien er svagest.

        Fundet sidder der, hvor pilens mål er skrevet.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet jobcafe: Jobcafé hver tirsdag
                  -> beskæftigelse
                mål beskæftigelse: Flere beboere i job
                """,
            ],
            passing: [
                """
                aktivitet jobcafe: Jobcafé hver tirsdag
                  -> ansøgninger
                output ansøgninger: 100 ansøgninger sendt
                """,
            ])
    }

    /// Reports each edge that skips one or more levels.
    public func check(_ analysis: Analysis) -> [Finding] {
        let nodes = analysis.theory.nodes
        return analysis.theory.edges.compactMap { edge in
            guard nodes[edge.to].kind.rawValue - nodes[edge.from].kind.rawValue >= 2 else { return nil }
            let from = nodes[edge.from]
            let to = nodes[edge.to]
            let skipped = NodeKind.allCases.filter { $0 > from.kind && $0 < to.kind }
            let danish = skipped.map { $0 == .output ? "output" : "resultat" }
            return Finding(
                LocalizedText(
                    "edge from \(describe(from).en) to \(describe(to).en) skips \(skipped.map(\.name).joined(separator: " and "))",
                    da: "pilen fra \(describe(from).da) til \(describe(to).da) springer \(danish.joined(separator: " og ")) over"),
                at: edge.location, node: from.id)
        }
    }
}
