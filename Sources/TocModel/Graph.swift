/// The edges of a theory as a graph of node indices, with the few walks
/// that checks and drawing need: reachability, loops (strongly connected
/// components) and the longest path. The one place these are computed.
public struct Graph: Sendable {
    /// For each node, the indices (into the theory's edges) of its outgoing edges.
    public let outgoing: [[Int]]
    /// For each node, the nodes its edges lead to (one entry per edge).
    public let successors: [[Int]]

    /// The graph of a theory; with `visible`, only the edges between
    /// visible nodes.
    public init(_ theory: Theory, visible: [Bool]? = nil) {
        var outgoing = [[Int]](repeating: [], count: theory.nodes.count)
        var successors = outgoing
        for (index, edge) in theory.edges.enumerated() {
            if let visible, !(visible[edge.from] && visible[edge.to]) { continue }
            outgoing[edge.from].append(index)
            successors[edge.from].append(edge.to)
        }
        self.outgoing = outgoing
        self.successors = successors
    }

    /// The number of edges.
    public var edgeCount: Int { successors.reduce(0) { $0 + $1.count } }

    /// For each node, the nodes whose edges lead to it (one entry per
    /// edge); made when asked for, so a large theory does not keep it.
    public func predecessors() -> [[Int]] {
        var result = [[Int]](repeating: [], count: successors.count)
        for (node, targets) in successors.enumerated() {
            for target in targets { result[target].append(node) }
        }
        return result
    }

    /// Marks every node reachable from `starts` along the edges (or against
    /// them, `backwards`), the starts included.
    public func reach(from starts: [Int], backwards: Bool = false) -> [Bool] {
        let adjacency = backwards ? predecessors() : successors
        var seen = [Bool](repeating: false, count: adjacency.count)
        var stack = starts
        for start in starts { seen[start] = true }
        while let node = stack.popLast() {
            for next in adjacency[node] where !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// For each node, the number of the loop it lies on (in the order of
    /// `loops`), or nil.
    public func loopNumbers() -> [Int?] {
        var result = [Int?](repeating: nil, count: successors.count)
        for (number, component) in loops().enumerated() {
            for node in component { result[node] = number }
        }
        return result
    }

    /// The loops: strongly connected components with more than one node, or
    /// one node with an edge to itself, ordered by their smallest node index
    /// (Tarjan's algorithm, iterative so that long chains cannot overflow
    /// the stack).
    public func loops() -> [[Int]] {
        let nodeCount = successors.count
        var index = [Int](repeating: -1, count: nodeCount)
        var low = [Int](repeating: 0, count: nodeCount)
        var onStack = [Bool](repeating: false, count: nodeCount)
        var stack: [Int] = []
        var counter = 0
        var result: [[Int]] = []
        var work: [(node: Int, next: Int)] = []

        for root in 0..<nodeCount where index[root] == -1 {
            work.append((root, 0))
            while let (node, next) = work.last {
                if next == 0, index[node] == -1 {
                    index[node] = counter
                    low[node] = counter
                    counter += 1
                    stack.append(node)
                    onStack[node] = true
                }
                if next < successors[node].count {
                    work[work.count - 1].next = next + 1
                    let child = successors[node][next]
                    if index[child] == -1 {
                        work.append((child, 0))
                    } else if onStack[child] {
                        low[node] = min(low[node], index[child])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || successors[node].contains(node) { result.append(component) }
            }
        }
        return result.sorted { $0.min()! < $1.min()! }
    }

    /// The longest path in edges from any node marked in `roots` (all when
    /// nil), by an iterative depth-first search that ignores edges back into
    /// the current path (loops are cut).
    public func longestPath(from roots: [Bool]? = nil) -> Int {
        var length = Array(repeating: -1, count: successors.count)
        var onPath = Array(repeating: false, count: successors.count)
        var longest = 0
        for root in successors.indices where (roots?[root] ?? true) && length[root] < 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            onPath[root] = true
            while let top = stack.last {
                if top.next < successors[top.node].count {
                    stack[stack.count - 1].next += 1
                    let child = successors[top.node][top.next]
                    if length[child] < 0, !onPath[child] {
                        onPath[child] = true
                        stack.append((child, 0))
                    }
                    continue
                }
                var best = 0
                for child in successors[top.node] where length[child] >= 0 { best = max(best, length[child] + 1) }
                length[top.node] = best
                longest = max(longest, best)
                onPath[top.node] = false
                stack.removeLast()
            }
        }
        return longest
    }
}
