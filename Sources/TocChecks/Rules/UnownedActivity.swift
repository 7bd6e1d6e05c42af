import TocModel
import TocSyntax

// Registry: evaluation 4
/// An activity has no one responsible.
///
/// Unclear roles between municipality and housing association are a classic
/// failure of master plans. Say who runs the activity with `ansvarlig:`.
///
/// Off by default; turn it on in `toc.yml` with `unowned-activity: warning`.
/// The finding sits at the activity's declaration.
public struct UnownedActivity: Rule {
    /// Creates the rule.
    public init() {}

    /// `unowned-activity`.
    public var id: FindingID { .unownedActivity }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// Off unless `toc.yml` turns it on.
    public var enabledByDefault: Bool { false }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("an activity has no one responsible", da: "en aktivitet har ingen ansvarlig") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Activity without an owner", da: "Aktivitet uden ansvarlig") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("no one responsible", da: "ingen ansvarlig") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        An activity has no one responsible.

        Unclear roles between municipality and housing association are a classic
        failure of master plans. Say who runs the activity with `ansvarlig:`.

        Off by default; turn it on in `toc.yml` with `unowned-activity: warning`.
        The finding sits at the activity's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        En aktivitet har ingen ansvarlig.

        Uklare roller mellem kommune og boligorganisation er en klassisk svaghed i
        helhedsplaner. Skriv, hvem der driver aktiviteten, med `ansvarlig:`.

        Slået fra som standard; slå den til i `toc.yml` med `unowned-activity: warning`.
        Fundet sidder ved aktivitetens erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet lektiecafe: Lektiecafé
                """,
            ],
            passing: [
                """
                aktivitet lektiecafe: Lektiecafé
                  ansvarlig: Boligorganisationen
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.indices(of: .activity).compactMap { index in
            let node = analysis.theory.nodes[index]
            guard node.owner == nil else { return nil }
            return Finding(
                LocalizedText("activity '\(node.id)' has no one responsible", da: "aktiviteten '\(node.id)' har ingen ansvarlig"),
                at: node.location, node: node.id)
        }
    }
}
