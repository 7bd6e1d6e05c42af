import TocModel
import TocSyntax

// Registry: core 1
/// An activity has no path to any goal.
///
/// Following the edges forward from the activity never reaches a goal: either
/// the activity has no `->` at all, or its chain stops short (at an output or
/// outcome that leads nowhere). Staff absorbed in running activities lose
/// sight of the goals they should serve; this is the first thing evaluators
/// look for. Connect the activity to what it delivers, or remove it.
///
/// The finding sits at the activity's declaration.
public struct OrphanActivity: Rule {
    /// Creates the rule.
    public init() {}

    /// `orphan-activity`.
    public var id: FindingID { .orphanActivity }
    /// An error by default.
    public var defaultSeverity: Severity { .error }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an activity has no path to any goal", da: "en aktivitet fører ikke til noget mål") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Activity without a goal", da: "Aktivitet uden mål") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("leads to no goal", da: "fører ikke til et mål") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An activity has no path to any goal.

        Following the edges forward from the activity never reaches a goal: either
        the activity has no `->` at all, or its chain stops short (at an output or
        outcome that leads nowhere). Staff absorbed in running activities lose
        sight of the goals they should serve; this is the first thing evaluators
        look for. Connect the activity to what it delivers, or remove it.

        The finding sits at the activity's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En aktivitet har ingen vej til noget mål.

        Følger man pilene frem fra aktiviteten, når man aldrig et mål: enten har
        aktiviteten slet ingen `->`, eller dens kæde stopper for tidligt (ved et
        output eller resultat, der ikke fører videre). Medarbejdere, der har travlt
        med at drive aktiviteter, mister de mål af syne, som aktiviteterne skal
        tjene; det er det første, evaluatorer kigger efter. Forbind aktiviteten
        med det, den leverer, eller fjern den.

        Fundet sidder ved aktivitetens erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet sommerfest: Sommerfest for alle beboere
                mål tryghed: Beboerne føler sig trygge
                """,
                """
                aktivitet lektiecafe: Lektiecafé
                  -> deltagelse
                output deltagelse: 40 børn deltager
                mål uddannelse: Flere tager en uddannelse
                """,
            ],
            passing: [
                """
                aktivitet lektiecafe: Lektiecafé
                  -> deltagelse
                output deltagelse: 40 børn deltager
                  -> uddannelse
                mål uddannelse: Flere tager en uddannelse
                """,
            ])
    }

    /// Reports each activity from which no goal can be reached.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.indices(of: .activity).compactMap { index in
            guard !analysis.reachesGoal[index] else { return nil }
            let node = analysis.theory.nodes[index]
            return Finding(LocalizedText(
                "activity '\(node.id)' leads to no goal", da: "aktiviteten '\(node.id)' fører ikke til noget mål"), at: node.location, node: node.id)
        }
    }
}
