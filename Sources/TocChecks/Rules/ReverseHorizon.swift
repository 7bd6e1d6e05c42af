import TocModel
import TocSyntax

// Registry: evaluation 10
/// An edge runs from a longer horizon to a shorter one.
///
/// `sigt: lang` says a change is expected late; an edge from it to an
/// outcome with `sigt: kort` says the late change brings about an early
/// one. Usually the edge points the wrong way, or one of the horizons is
/// wrong. Only outcomes and goals that both state a horizon are compared.
///
/// The finding sits at the edge.
public struct ReverseHorizon: Rule {
    /// Creates the rule.
    public init() {}

    /// `reverse-horizon`.
    public var id: FindingID { .reverseHorizon }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText {
        LocalizedText("an edge runs from a longer horizon (sigt:) to a shorter one",
                      da: "en pil går fra et længere sigt til et kortere")
    }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Later before earlier", da: "Senere før tidligere") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("later leads to earlier", da: "senere fører til tidligere") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An edge runs from a longer horizon to a shorter one.

        `sigt: lang` says a change is expected late; an edge from it to an
        outcome with `sigt: kort` says the late change brings about an early
        one. Usually the edge points the wrong way, or one of the horizons is
        wrong. Only outcomes and goals that both state a horizon are compared.

        The finding sits at the edge.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En pil går fra et længere sigt til et kortere.

        `sigt: lang` siger, at en forandring ventes sent; en pil fra den til et
        resultat med `sigt: kort` siger, at den sene forandring skaber en tidlig.
        Som regel peger pilen den forkerte vej, eller et af sigtene er forkert.
        Kun resultater og mål, der begge angiver et sigt, sammenlignes.

        Fundet sidder ved pilen.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                resultat netværk: De unge får et netværk
                  sigt: lang
                  -> motivation
                resultat motivation: De unge er motiverede for uddannelse
                  sigt: kort
                """,
            ],
            passing: [
                """
                resultat motivation: De unge er motiverede for uddannelse
                  sigt: kort
                  -> netværk
                resultat netværk: De unge får et netværk
                  sigt: lang
                """,
            ])
    }

    /// Reports each edge from a longer horizon to a shorter one.
    public func check(_ analysis: Analysis) -> [Finding] {
        let nodes = analysis.theory.nodes
        return analysis.theory.edges.compactMap { edge in
            guard let from = nodes[edge.from].horizon, let to = nodes[edge.to].horizon, to < from else { return nil }
            let source = nodes[edge.from], target = nodes[edge.to]
            return Finding(
                LocalizedText(
                    "edge from \(describe(source).en) (\(from.words.en)) to \(describe(target).en) (\(to.words.en)) "
                        + "runs from a later change to an earlier one",
                    da: "pilen fra \(describe(source).da) (\(from.words.da)) til \(describe(target).da) (\(to.words.da)) "
                        + "går fra en senere forandring til en tidligere"),
                at: edge.location, node: source.id)
        }
    }
}
