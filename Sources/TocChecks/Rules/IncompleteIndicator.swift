import TocModel
import TocSyntax

// Registry: evaluation 1
/// An indicator has no target, or no source.
///
/// Without a target nobody can say whether the change happened; without a
/// source nobody knows where the figure will come from. Landsbyggefonden's
/// reporting asks for both. Add `målværdi:` and `kilde:` under the indicator.
///
/// A warning by default; `toc.yml` can turn it off with
/// `incomplete-indicator: off`.
/// The finding sits at the indicator.
public struct IncompleteIndicator: Rule {
    /// Creates the rule.
    public init() {}

    /// `incomplete-indicator`.
    public var id: FindingID { .incompleteIndicator }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an indicator has no target or no source", da: "en indikator mangler målværdi eller kilde") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Incomplete indicator", da: "Ufuldstændig indikator") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("indicator incomplete", da: "indikatoren er ufuldstændig") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An indicator has no target, or no source.

        Without a target nobody can say whether the change happened; without a
        source nobody knows where the figure will come from. Landsbyggefonden's
        reporting asks for both. Add `målværdi:` and `kilde:` under the indicator.

        A warning by default; `toc.yml` can turn it off with
        `incomplete-indicator: off`.
        The finding sits at the indicator.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En indikator har ingen målværdi eller ingen kilde.

        Uden en målværdi kan ingen sige, om forandringen skete; uden en kilde ved
        ingen, hvor tallet skal komme fra. Landsbyggefondens afrapportering beder
        om begge. Tilføj `målværdi:` og `kilde:` under indikatoren.

        En advarsel som standard; `toc.yml` kan slå den fra med
        `incomplete-indicator: off`.
        Fundet sidder ved indikatoren.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                resultat trivsel: Børnene trives bedre
                  indikator: Andel elever med høj trivsel
                    målværdi: 70% (2026)
                """,
            ],
            passing: [
                """
                resultat trivsel: Børnene trives bedre
                  indikator: Andel elever med høj trivsel
                    målværdi: 70% (2026)
                    kilde: Den nationale trivselsmåling
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        let nodes = analysis.theory.nodes
        var findings: [Finding] = []
        // Fields are read in place: copying every node costs more than checking it.
        for index in nodes.indices where nodes[index].indicators.contains(where: { $0.target == nil || $0.source == nil }) {
            let node = nodes[index]
            for indicator in node.indicators where indicator.target == nil || indicator.source == nil {
                let missing: LocalizedText = switch (indicator.target == nil, indicator.source == nil) {
                case (true, true): LocalizedText("no target and no source", da: "målværdi og kilde")
                case (true, false): LocalizedText("no target", da: "målværdi")
                default: LocalizedText("no source", da: "kilde")
                }
                findings.append(Finding(
                    LocalizedText(
                        "indicator '\(indicator.label)' of \(describe(node).en) has \(missing.en)",
                        da: "indikatoren '\(indicator.label)' på \(describe(node).da) mangler \(missing.da)"),
                    at: indicator.location, node: node.id))
            }
        }
        return findings
    }
}
