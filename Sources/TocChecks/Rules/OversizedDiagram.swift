import TocModel
import TocSyntax

// Registry: evaluation 7
/// The theory has over 60 nodes.
///
/// A diagram with more than about 60 boxes no longer reads at a glance, on a
/// projector or on a page. Draw one area at a time with
/// `toc render --area ID`, beside the whole.
///
/// The finding sits at the start of the file.
public struct OversizedDiagram: Rule {
    /// Creates the rule.
    public init() {}

    /// The most nodes a diagram should have.
    static let limit = 60

    /// `oversized-diagram`.
    public var id: FindingID { .oversizedDiagram }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("the theory has over 60 nodes; draw it per area", da: "teorien har over 60 noder; tegn den pr. område") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Diagram too large", da: "For stort diagram") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("too large to read", da: "for stor til at læse") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        The theory has over 60 nodes.

        A diagram with more than about 60 boxes no longer reads at a glance, on a
        projector or on a page. Draw one area at a time with
        `toc render --area ID`, beside the whole.

        The finding sits at the start of the file.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Teorien har over 60 noder.

        Et diagram med mere end omkring 60 kasser kan ikke længere læses med ét
        blik, hverken på en projektor eller på en side. Tegn ét område ad gangen
        med `toc render --area ID`, ved siden af helheden.

        Fundet sidder ved filens start.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [Self.activities(61)],
            passing: [Self.activities(60)])
    }

    /// A theory of `count` activities, for the examples.
    private static func activities(_ count: Int) -> String {
        (0..<count).map { "aktivitet a\($0): Aktivitet \($0)" }.joined(separator: "\n")
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        let count = analysis.theory.nodes.count
        guard count > OversizedDiagram.limit else { return [] }
        var message = LocalizedText(
            "the theory has \(count) nodes, over \(OversizedDiagram.limit); draw it per area with 'toc render --area ID'",
            da: "teorien har \(count) noder, over \(OversizedDiagram.limit); tegn den pr. område med 'toc render --area ID'")
        if let area = analysis.theory.areas.first {
            message = message + LocalizedText(" (for instance --area \(area.id))", da: " (fx --area \(area.id))")
        }
        return [Finding(message, at: SourceLocation(line: 1, column: 1))]
    }
}
