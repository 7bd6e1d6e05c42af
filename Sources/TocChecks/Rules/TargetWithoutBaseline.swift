import TocModel
import TocSyntax

// Registry: evaluation 2
/// An indicator has a target but no baseline.
///
/// A target only means something beside where things started: 70 % is a
/// success from 55 % and a setback from 80 %. Add `udgangspunkt:` with the
/// value and its year.
///
/// A warning by default; `toc.yml` can turn it off with
/// `target-without-baseline: off`.
/// The finding sits at the indicator.
public struct TargetWithoutBaseline: Rule {
    /// Creates the rule.
    public init() {}

    /// `target-without-baseline`.
    public var id: FindingID { .targetWithoutBaseline }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an indicator has a target but no baseline", da: "en indikator har en målværdi, men intet udgangspunkt") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Target without a baseline", da: "Målværdi uden udgangspunkt") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no baseline", da: "intet udgangspunkt") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An indicator has a target but no baseline.

        A target only means something beside where things started: 70 % is a
        success from 55 % and a setback from 80 %. Add `udgangspunkt:` with the
        value and its year.

        A warning by default; `toc.yml` can turn it off with
        `target-without-baseline: off`.
        The finding sits at the indicator.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En indikator har en målværdi, men intet udgangspunkt.

        En målværdi betyder kun noget ved siden af, hvor man startede: 70 % er en
        succes fra 55 % og et tilbageslag fra 80 %. Tilføj `udgangspunkt:` med
        værdien og dens år.

        En advarsel som standard; `toc.yml` kan slå den fra med
        `target-without-baseline: off`.
        Fundet sidder ved indikatoren.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                mål job: Flere i job
                  indikator: Ledighed blandt beboere 16-64 år
                    målværdi: 7,5% (2026)
                """,
            ],
            passing: [
                """
                mål job: Flere i job
                  indikator: Ledighed blandt beboere 16-64 år
                    udgangspunkt: 9,8% (2022)
                    målværdi: 7,5% (2026)
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        let nodes = analysis.theory.nodes
        var findings: [Finding] = []
        // Fields are read in place: copying every node costs more than checking it.
        for index in nodes.indices where nodes[index].indicators.contains(where: { $0.target != nil && $0.baseline == nil }) {
            let node = nodes[index]
            for indicator in node.indicators where indicator.target != nil && indicator.baseline == nil {
                findings.append(Finding(
                    LocalizedText(
                        "indicator '\(indicator.label)' of \(describe(node).en) has a target but no baseline",
                        da: "indikatoren '\(indicator.label)' på \(describe(node).da) har en målværdi, men intet udgangspunkt"),
                    at: indicator.location, node: node.id))
            }
        }
        return findings
    }
}
