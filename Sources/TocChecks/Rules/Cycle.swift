import TocModel
import TocSyntax

// Registry: core 10
/// Edges form a loop.
///
/// A theory of change runs one way, from activities to goals. A loop (a
/// leads to b, b leads back to a) is sometimes meant as a virtuous circle,
/// but it makes the order of steps unclear and the diagram hard to read.
/// Each loop is reported once, however many edges it has, with the path
/// around it.
///
/// The finding sits where the edge that closes the loop is written.
public struct Cycle: Rule {
    /// Creates the rule.
    public init() {}

    /// `cycle`.
    public var id: FindingID { .cycle }
    /// A warning by default.
    public var defaultSeverity: Severity { .warning }
    /// One line for `toc rules`.
    public var summary: LocalizedText { LocalizedText("edges form a loop", da: "pilene danner en løkke") }
    /// Its name in a few words, for a report's reader.
    public var name: LocalizedText { LocalizedText("Loop", da: "Løkke") }
    /// The words that mark it on the diagram.
    public var marker: LocalizedText { LocalizedText("part of a loop", da: "del af en løkke") }
    /// The same text as the doc comment above.
    public var documentation: String {
        """
        Edges form a loop.

        A theory of change runs one way, from activities to goals. A loop (a
        leads to b, b leads back to a) is sometimes meant as a virtuous circle,
        but it makes the order of steps unclear and the diagram hard to read.
        Each loop is reported once, however many edges it has, with the path
        around it.

        The finding sits where the edge that closes the loop is written.
        """
    }

    /// The documentation in Danish, for `toc rules --lang da`.
    public var danishDocumentation: String {
        """
        Pilene danner en løkke.

        En forandringsteori går én vej, fra aktiviteter til mål. En løkke (a
        fører til b, b fører tilbage til a) er nogle gange ment som en god cirkel,
        men den gør rækkefølgen af trinene uklar og diagrammet svært at læse.
        Hver løkke meldes én gang, uanset hvor mange pile den har, med vejen
        rundt.

        Fundet sidder der, hvor pilen, der lukker løkken, er skrevet.
        """
    }

    /// Examples for the documentation and the tests.
    public var examples: RuleExamples {
        RuleExamples(
            triggering: [
                """
                resultat tillid: Beboerne har tillid til hinanden
                resultat deltagelse: Flere deltager i beboerdemokratiet
                tillid -> deltagelse -> tillid
                """,
                """
                resultat tillid: Beboerne har tillid til hinanden
                  -> tillid
                """,
            ],
            passing: [
                """
                resultat tillid: Beboerne har tillid til hinanden
                resultat deltagelse: Flere deltager i beboerdemokratiet
                tillid -> deltagelse
                """,
            ])
    }

    /// Reports one finding per strongly connected group of nodes that loops.
    public func check(_ analysis: Analysis) -> [Finding] {
        let theory = analysis.theory
        let components = analysis.graph.loops()
        return components.compactMap { component -> Finding? in
            let start = component.min()!
            guard let path = loop(from: start, within: Set(component), analysis: analysis) else { return nil }
            let names = ([start] + path.map { theory.edges[$0].to }).map { theory.nodes[$0].id }
            let closing = theory.edges[path.last!]
            let loopText = names.joined(separator: " -> ")
            return Finding(
                LocalizedText("edges form a loop: \(loopText)", da: "pilene danner en løkke: \(loopText)"),
                at: closing.location, node: theory.nodes[start].id)
        }
    }

    /// The shortest loop of edges from `start` back to itself inside a component.
    private func loop(from start: Int, within members: Set<Int>, analysis: Analysis) -> [Int]? {
        let edges = analysis.theory.edges
        var cameBy: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edgeIndex in analysis.outgoing[node] {
                let next = edges[edgeIndex].to
                guard members.contains(next) else { continue }
                if next == start {
                    var path = [edgeIndex]
                    var current = node
                    while current != start, let via = cameBy[current] {
                        path.append(via)
                        current = edges[via].from
                    }
                    return path.reversed()
                }
                if cameBy[next] == nil {
                    cameBy[next] = edgeIndex
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
