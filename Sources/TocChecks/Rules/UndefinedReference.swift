import TocModel
import TocSyntax

// Registry: core 3
/// An edge, chain or `område:` names an id that nobody declares.
///
/// Usually a typo, or a node that was renamed or deleted in the workshop.
/// The message suggests the nearest declared id when one is close.
///
/// The finding sits where the unknown id is written.
public struct UndefinedReference: Rule {
    /// Creates the rule.
    public init() {}

    /// `undefined-reference`.
    public var id: FindingID { .undefinedReference }
    /// An error by default.
    public var defaultSeverity: Severity { .error }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an edge, chain or area names an id that no one declares", da: "en pil, kæde eller et område nævner et id, som ingen erklærer") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Unknown id", da: "Ukendt id") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("unknown id", da: "ukendt id") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An edge, chain or `område:` names an id that nobody declares.

        Usually a typo, or a node that was renamed or deleted in the workshop.
        The message suggests the nearest declared id when one is close.

        The finding sits where the unknown id is written.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En pil, en kæde eller `område:` nævner et id, som ingen erklærer.

        Som regel en tastefejl eller en node, der blev omdøbt eller slettet i
        workshoppen. Beskeden foreslår det nærmeste erklærede id, når et ligger tæt
        på.

        Fundet sidder der, hvor det ukendte id er skrevet.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet lektiecafe: Lektiecafé
                  -> uddannelse_mal
                mål uddannelse_maal: Flere tager en uddannelse
                """,
                """
                aktivitet lektiecafe: Lektiecafé
                  område: udanelse
                """,
            ],
            passing: [
                """
                område uddannelse: Uddannelse og livschancer
                aktivitet lektiecafe: Lektiecafé
                  område: uddannelse
                  -> uddannelse_maal
                mål uddannelse_maal: Flere tager en uddannelse
                """,
            ])
    }

    /// Reports each unresolved reference, with a suggestion when one is close.
    public func check(_ analysis: Analysis) -> [Finding] {
        let theory = analysis.theory
        return theory.unresolved.map { reference in
            var message = reference.kind == .node
                ? LocalizedText("no node has the id '\(reference.name)'", da: "ingen node har id'et '\(reference.name)'")
                : LocalizedText("no area has the id '\(reference.name)'", da: "intet område har id'et '\(reference.name)'")
            let candidates = reference.kind == .node ? theory.nodes.map(\.id) : theory.areas.map(\.id)
            if let suggestion = EditDistance.nearest(to: reference.name, among: candidates) {
                message = message + LocalizedText("; did you mean '\(suggestion)'?", da: "; mente du '\(suggestion)'?")
            }
            return Finding(message, at: reference.location)
        }
    }
}
