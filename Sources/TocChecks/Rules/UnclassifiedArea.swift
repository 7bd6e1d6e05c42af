import TocModel
import TocSyntax

// Registry: evaluation 11
/// An area is none of the standard intervention areas.
///
/// Plans are compared across a portfolio by Landsbyggefonden's intervention
/// areas (uddannelse, beskæftigelse, kriminalitet, sammenhængskraft,
/// forebyggelse). An area is one of them when its `lbf-område:` line says
/// so or, without that line, when its title says so (`Job og uddannelse` is
/// beskæftigelse). An area neither places is left out of the comparison.
///
/// The finding sits at the `lbf-område:` line, or at the area's declaration.
public struct UnclassifiedArea: Rule {
    /// Creates the rule.
    public init() {}

    /// `unclassified-area`.
    public var id: FindingID { .unclassifiedArea }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText {
        LocalizedText("an area is none of the standard intervention areas", da: "et område er ikke et af de faste indsatsområder")
    }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Area outside the standard areas", da: "Område uden fast indsatsområde") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no standard area", da: "intet fast indsatsområde") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An area is none of the standard intervention areas.

        Plans are compared across a portfolio by Landsbyggefonden's intervention
        areas (uddannelse, beskæftigelse, kriminalitet, sammenhængskraft,
        forebyggelse). An area is one of them when its `lbf-område:` line says
        so or, without that line, when its title says so (`Job og uddannelse` is
        beskæftigelse). An area neither places is left out of the comparison.

        The finding sits at the `lbf-område:` line, or at the area's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Et område er ikke et af de faste indsatsområder.

        Planer sammenlignes på tværs af en portefølje efter Landsbyggefondens
        indsatsområder (uddannelse, beskæftigelse, kriminalitet, sammenhængskraft,
        forebyggelse). Et område er et af dem, når dets `lbf-område:`-linje siger
        det, eller, uden den linje, når dets titel siger det (`Job og uddannelse` er
        beskæftigelse). Et område, som ingen af delene placerer, kommer ikke med i
        sammenligningen.

        Fundet sidder ved `lbf-område:`-linjen eller ved områdets erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                område netværk: Netværk i opgangen
                """,
                """
                område job: Job og uddannelse
                  lbf-område: arbejdsmarked
                """,
            ],
            passing: [
                """
                område netværk: Netværk i opgangen
                  lbf-område: sammenhængskraft
                """,
                """
                område job: Job og uddannelse
                """,
            ])
    }

    static let named = StandardArea.allCases.map(\.rawValue).joined(separator: ", ")

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.theory.areas.compactMap { area in
            guard area.standard == nil else { return nil }
            if let declared = area.declaredStandard {
                return Finding(
                    LocalizedText(
                        "'\(declared.text)' is not a standard intervention area; write one of \(Self.named)",
                        da: "'\(declared.text)' er ikke et fast indsatsområde; skriv et af \(Self.named)"),
                    at: declared.location)
            }
            let title = area.label.isEmpty ? area.id : area.label
            return Finding(
                LocalizedText(
                    "area '\(area.id)' ('\(title)') is none of the standard intervention areas; say which with 'standard-area:' (\(Self.named))",
                    da: "området '\(area.id)' ('\(title)') er ikke et af de faste indsatsområder; sig hvilket med 'lbf-område:' (\(Self.named))"),
                at: area.location)
        }
    }
}
