import TocModel
import TocSyntax

// Registry: evaluation 3
/// A target's year lies outside the theory's period.
///
/// A plan for 2023-2026 that aims at a value in 2030 promises something its
/// own period cannot show; a target year before the period began is usually
/// a typo. The year is read from a trailing `(2026)` in `målværdi:`.
///
/// The finding sits at the indicator.
public struct TargetOutsidePeriod: Rule {
    /// Creates the rule.
    public init() {}

    /// `target-outside-period`.
    public var id: FindingID { .targetOutsidePeriod }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("a target's year lies outside the theory's period", da: "en målværdis år ligger uden for teoriens periode") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Target outside the period", da: "Målværdi uden for perioden") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("target outside the period", da: "målværdi uden for perioden") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        A target's year lies outside the theory's period.

        A plan for 2023-2026 that aims at a value in 2030 promises something its
        own period cannot show; a target year before the period began is usually
        a typo. The year is read from a trailing `(2026)` in `målværdi:`.

        The finding sits at the indicator.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En målværdis år ligger uden for teoriens periode.

        En plan for 2023-2026, der sigter mod en værdi i 2030, lover noget, dens
        egen periode ikke kan vise; et målår før periodens start er som regel en
        tastefejl. Året læses fra et afsluttende `(2026)` i `målværdi:`.

        Fundet sidder ved indikatoren.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                periode: 2023-2026
                mål job: Flere i job
                  indikator: Ledighed
                    målværdi: 7% (2030)
                """,
            ],
            passing: [
                """
                periode: 2023-2026
                mål job: Flere i job
                  indikator: Ledighed
                    målværdi: 7% (2026)
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        guard let period = analysis.theory.period else { return [] }
        let nodes = analysis.theory.nodes
        var findings: [Finding] = []
        for index in nodes.indices where !nodes[index].indicators.isEmpty {
            for indicator in nodes[index].indicators {
                guard let year = indicator.target?.year, !period.contains(year) else { continue }
                findings.append(Finding(
                    LocalizedText(
                        "the target of '\(indicator.label)' is for \(year), outside the period \(period.lowerBound)-\(period.upperBound)",
                        da: "målværdien for '\(indicator.label)' gælder \(year), uden for perioden \(period.lowerBound)-\(period.upperBound)"),
                    at: indicator.location, node: nodes[index].id))
            }
        }
        return findings
    }
}
