import TocModel
import TocSyntax

// Registry: core 7
/// An output or outcome has no outgoing edge.
///
/// Everything an activity delivers should lead on, through outcomes, to a
/// goal. An output or outcome with nothing after it is where a chain stops
/// short; the activities before it are then often orphans too.
///
/// The finding sits at the node's declaration.
public struct DeadEnd: Rule {
    /// Creates the rule.
    public init() {}

    /// `dead-end`.
    public var id: FindingID { .deadEnd }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an output or outcome leads nowhere", da: "et output eller resultat fører ingen steder hen") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Dead end", da: "Blindgyde") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("leads to no goal", da: "fører ikke til et mål") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An output or outcome has no outgoing edge.

        Everything an activity delivers should lead on, through outcomes, to a
        goal. An output or outcome with nothing after it is where a chain stops
        short; the activities before it are then often orphans too.

        The finding sits at the node's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Et output eller resultat har ingen udgående pil.

        Alt, hvad en aktivitet leverer, bør føre videre, gennem resultater, til et
        mål. Et output eller resultat uden noget efter sig er der, hvor en kæde
        stopper for tidligt; aktiviteterne før det fører så ofte heller ikke til
        noget mål.

        Fundet sidder ved nodens erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet bydelsmødre: Bydelsmødre besøger familier
                  -> besøg
                output besøg: 60 familier får besøg
                """,
            ],
            passing: [
                """
                output besøg: 60 familier får besøg
                  -> netværk
                resultat netværk: Mødrene får et netværk
                  -> trivsel
                mål trivsel: Familierne trives
                """,
            ])
    }

    /// Reports each output or outcome with no outgoing edge.
    public func check(_ analysis: Analysis) -> [Finding] {
        (analysis.indices(of: .output) + analysis.indices(of: .outcome)).sorted().compactMap { index in
            guard analysis.outgoing[index].isEmpty else { return nil }
            let node = analysis.theory.nodes[index]
            return Finding(
                describe(node) + LocalizedText(" leads nowhere: nothing follows from it", da: " fører ingen steder hen: intet følger af det"),
                at: node.location, node: node.id)
        }
    }
}
