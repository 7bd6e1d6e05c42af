import Testing
import TocModel
import TocSyntax
import TocTestSupport

/// The one graph structure: reachability both ways, loops, longest path.
@Suite struct GraphTests {
    /// A theory of outcomes named by the chains' ids, then the chains.
    func theory(_ chains: String) -> Theory {
        var ids: [String] = []
        var seen: Set<String> = []
        for id in chains.split(whereSeparator: { " ->\n".contains($0) }).map(String.init) where seen.insert(id).inserted { ids.append(id) }
        let text = ids.map { "resultat \($0): \($0)\n" }.joined() + chains
        return Theory(Parser.parse(text: text, path: "t.ft").file)
    }

    @Test func reachFollowsEdgesEitherWay() {
        let t = theory("a -> b -> c\nd -> c\nresultat e: E\n")
        let graph = Graph(t)
        let index = { (id: String) in t.nodeIndex[id]! }
        let forward = graph.reach(from: [index("a")])
        #expect(t.nodes.indices.filter { forward[$0] }.map { t.nodes[$0].id }.sorted() == ["a", "b", "c"])
        let backward = graph.reach(from: [index("c")], backwards: true)
        #expect(t.nodes.indices.filter { backward[$0] }.map { t.nodes[$0].id }.sorted() == ["a", "b", "c", "d"])
    }

    @Test func loopsAreFoundAndNumbered() {
        let t = theory("a -> b -> c -> a\nd -> d\ne -> f\n")
        let graph = Graph(t)
        let loops = graph.loops().map { $0.map { t.nodes[$0].id }.sorted() }
        #expect(loops == [["a", "b", "c"], ["d"]])
        let numbers = graph.loopNumbers()
        #expect(numbers[t.nodeIndex["a"]!] == 0 && numbers[t.nodeIndex["d"]!] == 1 && numbers[t.nodeIndex["e"]!] == nil)
    }

    @Test func longestPathCutsLoopsAndKeepsToVisibleNodes() {
        let t = theory("a -> b -> c -> d\nb -> d\nd -> b\n")
        #expect(Graph(t).longestPath() == 3)
        let visible = t.nodes.map { $0.id != "d" }
        let part = Graph(t, visible: visible)
        #expect(part.edgeCount == 2)
        #expect(part.longestPath(from: visible) == 2)
    }

    /// A chain far deeper than the call stack allows for recursion.
    @Test func deepChainsDoNotOverflowTheStack() {
        let chain = (0..<10_000).map { "n\($0)" }.joined(separator: " -> ")
        let graph = Graph(theory(chain + "\n"))
        #expect(graph.longestPath() == 9_999)
        #expect(graph.loops().isEmpty)
    }
}
