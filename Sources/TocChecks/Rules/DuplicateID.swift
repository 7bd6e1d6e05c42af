import TocModel
import TocSyntax

// Registry: core 4
/// Two declarations share an id.
///
/// Ids must be unique among nodes, and among areas. The finding sits at the
/// second declaration, with a note pointing at the first. Edges written under
/// the second declaration are kept, as edges of the first.
public struct DuplicateID: Rule {
    /// Creates the rule.
    public init() {}

    /// `duplicate-id`.
    public var id: FindingID { .duplicateID }
    /// An error by default.
    public var defaultSeverity: Severity { .error }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("two declarations share an id", da: "to erklæringer har samme id") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Id declared twice", da: "Dobbelt id") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("id declared twice", da: "id erklæret to gange") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        Two declarations share an id.

        Ids must be unique among nodes, and among areas. The finding sits at the
        second declaration, with a note pointing at the first. Edges written under
        the second declaration are kept, as edges of the first.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        To erklæringer har samme id.

        Id'er skal være entydige blandt noderne og blandt områderne. Fundet sidder
        ved den anden erklæring, med en note, der peger på den første. Pile skrevet
        under den anden erklæring beholdes, som pile fra den første.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet fritidsjob: Fritidsjob i lokale virksomheder
                aktivitet fritidsjob: Fritidsjobguide
                """,
                """
                område beskæftigelse: Beskæftigelse
                område beskæftigelse: Job og uddannelse
                """,
            ],
            passing: [
                """
                område beskæftigelse: Beskæftigelse
                mål beskæftigelse: Flere beboere i job
                """,
            ])
    }

    /// Reports each second declaration.
    public func check(_ analysis: Analysis) -> [Finding] {
        analysis.theory.duplicates.map { duplicate in
            // Across files (`inkluder:`), the place names the other file.
            let file = duplicate.first.file == duplicate.second.file ? "" : "\(duplicate.first.file ?? analysis.theory.path) "
            var finding = Finding(
                LocalizedText(
                    "the id '\(duplicate.id)' is already declared (\(file)line \(duplicate.first.line)); ids must be unique",
                    da: "id'et '\(duplicate.id)' er allerede erklæret (\(file)linje \(duplicate.first.line)); et id må kun bruges én gang"),
                at: duplicate.second, node: duplicate.isArea ? nil : duplicate.id)
            let note = duplicate.isArea
                ? LocalizedText("the area '\(duplicate.id)' is first declared here", da: "området '\(duplicate.id)' er først erklæret her")
                : LocalizedText("the node '\(duplicate.id)' is first declared here", da: "noden '\(duplicate.id)' er først erklæret her")
            finding.notes = [FindingNote(note, at: duplicate.first)]
            return finding
        }
    }
}
