import TocModel
import TocSyntax

// Registry: evaluation 5
/// No node of an area leads to a goal.
///
/// An intervention area whose activities, outputs and outcomes all stop short
/// of every goal is work without a purpose on paper, often an area added late
/// in a workshop. Connect it, or draw it as the draft it is.
///
/// The finding sits at the area's declaration.
public struct AreaWithoutGoal: Rule {
    /// Creates the rule.
    public init() {}

    /// `area-without-goal`.
    public var id: FindingID { .areaWithoutGoal }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("no node of an area leads to a goal", da: "ingen node i et område fører til et mål") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Area without a goal", da: "Område uden mål") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("area leads to no goal", da: "området fører ikke til et mål") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        No node of an area leads to a goal.

        An intervention area whose activities, outputs and outcomes all stop short
        of every goal is work without a purpose on paper, often an area added late
        in a workshop. Connect it, or draw it as the draft it is.

        The finding sits at the area's declaration.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Ingen node i et område fører til et mål.

        Et indsatsområde, hvis aktiviteter, output og resultater alle stopper før
        ethvert mål, er arbejde uden formål på papiret, ofte et område, der kom
        sent til i en workshop. Forbind det, eller tegn det som den kladde, det er.

        Fundet sidder ved områdets erklæring.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                område tryghed: Tryghed og trivsel
                aktivitet nattevandring: Nattevandring
                  område: tryghed
                mål m: Mindre kriminalitet
                  indikator: Sigtelser
                """,
            ],
            passing: [
                """
                område tryghed: Tryghed og trivsel
                aktivitet nattevandring: Nattevandring
                  område: tryghed
                  -> m
                mål m: Mindre kriminalitet
                  indikator: Sigtelser
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        var reaches: [String: Bool] = [:]
        for (index, node) in analysis.theory.nodes.enumerated() {
            guard let area = node.area else { continue }
            reaches[area] = (reaches[area] ?? false) || analysis.reachesGoal[index]
        }
        return analysis.theory.areas.compactMap { area in
            guard reaches[area.id] != true else { return nil }
            return Finding(
                LocalizedText("no node of area '\(area.id)' leads to a goal", da: "ingen node i området '\(area.id)' fører til et mål"),
                at: area.location)
        }
    }
}
