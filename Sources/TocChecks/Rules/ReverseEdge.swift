import TocModel
import TocSyntax

// Registry: core 5
/// An edge runs to a lower level.
///
/// A theory of change reads activity → output → outcome → goal. An edge
/// from a goal to an activity, or from an outcome to an output, runs against
/// that direction; usually the two ends are swapped. Edges between two nodes
/// of the same level (outcome → outcome) are allowed.
///
/// The finding sits where the edge's target is written.
public struct ReverseEdge: Rule {
    /// Creates the rule.
    public init() {}

    /// `reverse-edge`.
    public var id: FindingID { .reverseEdge }
    /// An error by default.
    public var defaultSeverity: Severity { .error }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an edge runs to a lower level", da: "en pil går til et lavere niveau") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Backwards arrow", da: "Baglæns pil") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("backwards", da: "baglæns") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An edge runs to a lower level.

        A theory of change reads activity → output → outcome → goal. An edge
        from a goal to an activity, or from an outcome to an output, runs against
        that direction; usually the two ends are swapped. Edges between two nodes
        of the same level (outcome → outcome) are allowed.

        The finding sits where the edge's target is written.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En pil går til et lavere niveau.

        En forandringsteori læses aktivitet → output → resultat → mål. En pil fra
        et mål til en aktivitet eller fra et resultat til et output går imod den
        retning; som regel er de to ender byttet om. Pile mellem to noder på samme
        niveau (resultat → resultat) er tilladt.

        Fundet sidder der, hvor pilens mål er skrevet.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                output deltagelse: 20 unge i fritidsjob
                resultat erfaring: De unge får arbejdserfaring
                erfaring -> deltagelse
                """,
            ],
            passing: [
                """
                resultat erfaring: De unge får arbejdserfaring
                resultat job: De unge får job
                erfaring -> job
                """,
            ])
    }

    /// Reports each edge whose target sits at a lower level than its source.
    public func check(_ analysis: Analysis) -> [Finding] {
        let nodes = analysis.theory.nodes
        return analysis.theory.edges.compactMap { edge in
            guard nodes[edge.to].kind < nodes[edge.from].kind else { return nil }
            let from = nodes[edge.from]
            let to = nodes[edge.to]
            return Finding(
                LocalizedText(
                    "edge from \(describe(from).en) back to \(describe(to).en) runs against the direction activity → output → outcome → goal",
                    da: "pilen fra \(describe(from).da) tilbage til \(describe(to).da) går mod retningen aktivitet → output → resultat → mål"),
                at: edge.location, node: from.id)
        }
    }
}
