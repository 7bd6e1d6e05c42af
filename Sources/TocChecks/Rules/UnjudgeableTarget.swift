import TocModel
import TocSyntax

// Registry: evaluation 9
/// A target has no number, so no measurement can ever reach it.
///
/// `målværdi: flere` or `target: better than before` says which way the
/// programme hopes to go, but `toc status` cannot tell when it got there.
/// Write a number (`35 %`), a threshold (`mindst 50 %`, `under 270`) or a
/// range (`85-100 %`), with the year it should be reached by.
///
/// The finding sits at the indicator.
public struct UnjudgeableTarget: Rule {
    /// Creates the rule.
    public init() {}

    /// `unjudgeable-target`.
    public var id: FindingID { .unjudgeableTarget }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText {
        LocalizedText("a target has no number, so no measurement can reach it",
                      da: "en målværdi har intet tal, så ingen måling kan nå den")
    }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Target without a number", da: "Målværdi uden tal") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("target without a number", da: "målværdi uden tal") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        A target has no number, so no measurement can ever reach it.

        `målværdi: flere` or `target: better than before` says which way the
        programme hopes to go, but `toc status` cannot tell when it got there.
        Write a number (`35 %`), a threshold (`mindst 50 %`, `under 270`) or a
        range (`85-100 %`), with the year it should be reached by.

        The finding sits at the indicator.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En målværdi har intet tal, så ingen måling kan nogensinde nå den.

        `målværdi: flere` eller `target: better than before` siger, hvilken vej
        programmet håber at gå, men `toc status` kan ikke se, hvornår det er nået.
        Skriv et tal (`35 %`), en tærskel (`mindst 50 %`, `under 270`) eller et
        interval (`85-100 %`) med det år, det skal være nået.

        Fundet sidder ved indikatoren.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                mål netværk: De unge får et netværk uden for området
                  indikator: Oplevet netværk uden for området
                    udgangspunkt: 30 % (2023)
                    målværdi: flere
                """,
            ],
            passing: [
                """
                mål netværk: De unge får et netværk uden for området
                  indikator: Oplevet netværk uden for området
                    udgangspunkt: 30 % (2023)
                    målværdi: mindst 45 % (2027)
                """,
            ])
    }

    /// Reports each indicator whose target holds no number.
    public func check(_ analysis: Analysis) -> [Finding] {
        let nodes = analysis.theory.nodes
        var findings: [Finding] = []
        for index in nodes.indices where nodes[index].indicators.contains(where: { $0.target != nil && $0.target?.number == nil }) {
            let node = nodes[index]
            for indicator in node.indicators {
                guard let target = indicator.target, target.number == nil else { continue }
                findings.append(Finding(
                    LocalizedText(
                        "the target '\(target.text)' of indicator '\(indicator.label)' has no number, so no measurement can reach it; "
                            + "write a number, a threshold ('mindst 50 %') or a range ('85-100 %')",
                        da: "målværdien '\(target.text)' for indikatoren '\(indicator.label)' har intet tal, så ingen måling kan nå den; "
                            + "skriv et tal, en tærskel ('mindst 50 %') eller et interval ('85-100 %')"),
                    at: indicator.location, node: node.id))
            }
        }
        return findings
    }
}
