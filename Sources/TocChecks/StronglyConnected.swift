/// Strongly connected components that contain a loop (Tarjan's algorithm,
/// iterative so that long chains cannot overflow the stack).
public enum StronglyConnected {
    /// For each node, the number of the loop (cycle) it lies on, or nil.
    public static func loops(successors: [[Int]]) -> [Int?] {
        var result = [Int?](repeating: nil, count: successors.count)
        for (number, component) in components(successors: successors).enumerated() {
            for node in component { result[node] = number }
        }
        return result
    }

    /// Components with more than one node, or one node with an edge to itself,
    /// ordered by their smallest node index.
    static func components(successors: [[Int]]) -> [[Int]] {
        let nodeCount = successors.count
        let selfLoop = successors.indices.map { successors[$0].contains($0) }
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
                if component.count > 1 || selfLoop[node] { result.append(component) }
            }
        }
        return result.sorted { $0.min()! < $1.min()! }
    }
}
