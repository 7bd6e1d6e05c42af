import TocModel
import TocSyntax

// Registry: evaluation 6
/// The same edge is written twice.
///
/// Usually one `->` under a node and the same step again in a chain. It
/// changes nothing in the theory, but one of them is probably meant to go
/// somewhere else.
///
/// The finding sits where the second edge is written.
public struct DuplicateEdge: Rule {
    /// Creates the rule.
    public init() {}

    /// `duplicate-edge`.
    public var id: FindingID { .duplicateEdge }
    /// A warning when it runs.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("the same edge is written twice", da: "den samme pil er skrevet to gange") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Arrow written twice", da: "Dobbelt pil") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("arrow written twice", da: "pil skrevet to gange") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        The same edge is written twice.

        Usually one `->` under a node and the same step again in a chain. It
        changes nothing in the theory, but one of them is probably meant to go
        somewhere else.

        The finding sits where the second edge is written.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Den samme pil er skrevet to gange.

        Som regel én `->` under en node og det samme trin igen i en kæde. Det
        ændrer intet i teorien, men den ene skulle nok pege et andet sted hen.

        Fundet sidder der, hvor den anden pil er skrevet.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                aktivitet a: A
                  -> b
                output b: B
                a -> b
                """,
            ],
            passing: [
                """
                aktivitet a: A
                  -> b
                output b: B
                  -> c
                resultat c: C
                """,
            ])
    }

    /// Reports the rule's findings.
    public func check(_ analysis: Analysis) -> [Finding] {
        var seen: [Int: [Int: SourceLocation]] = [:]
        var findings: [Finding] = []
        let nodes = analysis.theory.nodes
        for edge in analysis.theory.edges {
            if let first = seen[edge.from]?[edge.to] {
                findings.append(Finding(
                    LocalizedText(
                        "the edge \(nodes[edge.from].id) -> \(nodes[edge.to].id) is already written at line \(first.line)",
                        da: "pilen \(nodes[edge.from].id) -> \(nodes[edge.to].id) er allerede skrevet i linje \(first.line)"),
                    at: edge.location, node: nodes[edge.from].id))
            } else {
                seen[edge.from, default: [:]][edge.to] = edge.location
            }
        }
        return findings
    }
}
