import TocModel
import TocSyntax

// Registry: evaluation 8
/// No activity has a path to the output or outcome.
///
/// The change is stated, but nothing the programme does leads to it: it
/// floats in the diagram. Either an activity is missing, or an edge from
/// one was never drawn. Goals have their own rule, `unreached-goal`.
///
/// The finding sits at the output's or outcome's declaration.
public struct UnreachedOutcome: Rule {
    /// Creates the rule.
    public init() {}

    /// `unreached-outcome`.
    public var id: FindingID { .unreachedOutcome }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText {
        LocalizedText("no activity has a path to the output or outcome", da: "ingen aktivitet fører til outputtet eller resultatet")
    }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Unreached outcome", da: "Resultat som ingen aktivitet når") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no activity leads here", da: "ingen aktivitet fører hertil") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        No activity has a path to the output or outcome.

        The change is stated, but nothing the programme does leads to it: it
        floats in the diagram. Either an activity is missing, or an edge from
        one was never drawn. Goals have their own rule, `unreached-goal`.

        The finding sits at the output's or outcome's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Ingen aktivitet har en vej til outputtet eller resultatet.

        Forandringen er formuleret, men intet af det, programmet gør, fører til
        den: den svæver i diagrammet. Enten mangler der en aktivitet, eller en
        pil fra en blev aldrig tegnet. Mål har deres egen regel, `unreached-goal`.

        Fundet sidder ved outputtets eller resultatets erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                resultat netværk: De unge får et netværk uden for området
                  indikator: Oplevet netværk
                  -> uddannelse
                mål uddannelse: Flere unge i uddannelse
                  indikator: Andel 18-25-årige i uddannelse
                """,
            ],
            passing: [
                """
                aktivitet mentor: Mentorforløb for unge
                  -> netværk
                resultat netværk: De unge får et netværk uden for området
                  indikator: Oplevet netværk
                  -> uddannelse
                mål uddannelse: Flere unge i uddannelse
                  indikator: Andel 18-25-årige i uddannelse
                """,
            ])
    }

    /// Reports each output and outcome that no activity reaches.
    public func check(_ analysis: Analysis) -> [Finding] {
        (analysis.indices(of: .output) + analysis.indices(of: .outcome)).sorted().compactMap { index in
            guard !analysis.reachedFromActivity[index] else { return nil }
            let node = analysis.theory.nodes[index]
            return Finding(LocalizedText(
                "no activity leads to \(describe(node).en)", da: "ingen aktivitet fører til \(describe(node).da)"),
                           at: node.location, node: node.id)
        }
    }
}
