import TocModel
import TocSyntax

/// Which column (Graphviz's rank) every box of a scene stands in, worked out
/// here rather than by Graphviz so that the columns, and with them the
/// author's order inside each, are known before layout (issue #24).
///
/// Activities stand in the first column and goals in the last; every other
/// box as far along as the edges into it say (the longest path), then moved
/// on towards what it leads to when it has no edges in or leads to more than
/// leads to it, so no box waits beside the activities for a far-off column.
/// Edges that run backwards (to a lower level) and loops are turned round for
/// this, as Graphviz turns them. Labels and junctions get columns of their
/// own between their ends: when a scene has any, every column of nodes is
/// an even one and the odd ones between hold them. Linear in boxes and steps.
enum Columns {
    /// The column of every box of `scene`.
    static func ranks(_ scene: Scene) -> [Int] {
        let count = scene.boxes.count
        // Outcomes of one horizon share a column: one representative each.
        var representative = Array(0..<count)
        for group in scene.horizons { for box in group.dropFirst() { representative[box] = group[0] } }
        var successors = [[Int]](repeating: [], count: count)
        func kind(_ box: Int) -> NodeKind? { scene.boxes[box].kind }
        var leadsToGoal = Set<Int>()
        for step in scene.steps where step.from != step.to {
            let from = representative[step.from], to = representative[step.to]
            guard from != to else { continue }
            if kind(step.from) == .goal, kind(step.to) == .goal { leadsToGoal.insert(step.from) }
            // Backwards (to a lower level): turned round, as Graphviz turns it.
            if let a = kind(step.from), let b = kind(step.to), b < a { successors[to].append(from) } else { successors[from].append(to) }
        }
        for (earlier, later) in zip(scene.horizons, scene.horizons.dropFirst()) {
            successors[representative[earlier[0]]].append(representative[later[0]])
        }
        let placed = (0..<count).filter { representative[$0] == $0 && !scene.boxes[$0].isBetween }
        successors = acyclic(successors, order: placed)
        var predecessors = [[Int]](repeating: [], count: count)
        for (from, targets) in successors.enumerated() { for to in targets { predecessors[to].append(from) } }
        let order = topological(successors, predecessors: predecessors, nodes: placed)

        var rank = [Int](repeating: 0, count: count)
        for box in order { for next in successors[box] { rank[next] = max(rank[next], rank[box] + 1) } }
        let last = order.map { rank[$0] }.max() ?? 0
        var fixed = Set<Int>()
        for box in placed where kind(box) == .goal && !leadsToGoal.contains(box) {
            rank[box] = last
            fixed.insert(box)
        }
        // On towards what a box leads to, last columns first.
        for box in order.reversed() where !fixed.contains(box) && !successors[box].isEmpty {
            let preds = predecessors[box]
            guard preds.isEmpty ? kind(box) != .activity : successors[box].count > preds.count else { continue }
            rank[box] = successors[box].map { rank[$0] }.min()! - 1
        }
        // A box with no edges at all stands in its level's usual column.
        var usual: [NodeKind: Int] = [:]
        for box in placed where !successors[box].isEmpty || !predecessors[box].isEmpty {
            if let level = kind(box) { usual[level] = min(usual[level] ?? rank[box], rank[box]) }
        }
        for box in placed where successors[box].isEmpty && predecessors[box].isEmpty && !fixed.contains(box) {
            let level = kind(box) ?? .output
            rank[box] = min(usual[level] ?? (level == .goal ? last : min(level.rawValue, last)), last)
        }
        let first = placed.map { rank[$0] }.min() ?? 0
        for box in placed { rank[box] -= first }
        for box in 0..<count where representative[box] != box { rank[box] = rank[representative[box]] }
        for (box, item) in scene.boxes.enumerated() {
            if case .duplicate(let first) = item.role { rank[box] = rank[first] }
        }
        return between(scene, ranks: rank)
    }

    /// Doubles the columns when labels or junctions need columns between,
    /// and gives them theirs.
    private static func between(_ scene: Scene, ranks: [Int]) -> [Int] {
        guard !scene.between.isEmpty else { return ranks }
        var rank = ranks.map { $0 * 2 }
        for (box, ends) in scene.between.sorted(by: { $0.key < $1.key }) {
            let sources = ends.sources.map { rank[$0] }, targets = ends.targets.map { rank[$0] }
            if scene.boxes[box].role == .junction {
                rank[box] = targets.min()! - 1
            } else {
                let (a, b) = (sources[0], targets[0])
                // The odd column halfway (next to its end on a loop of one).
                let middle = (a + b) / 2
                rank[box] = a == b ? a + 1 : (middle % 2 == 1 ? middle : middle + 1)
            }
        }
        return rank
    }

    /// The graph with the edges that close a loop turned round (a depth-first
    /// search from the boxes in order; its back edges are the turned ones).
    static func acyclic(_ successors: [[Int]], order: [Int]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: successors.count)
        var state = [UInt8](repeating: 0, count: successors.count) // 0 new, 1 on the path, 2 done
        for start in order where state[start] == 0 {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                if top.next < successors[top.node].count {
                    stack[stack.count - 1].next += 1
                    let target = successors[top.node][top.next]
                    if state[target] == 1 {
                        if target != top.node { result[target].append(top.node) }
                    } else {
                        result[top.node].append(target)
                        if state[target] == 0 {
                            state[target] = 1
                            stack.append((target, 0))
                        }
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return result
    }

    /// The boxes in an order where every edge runs forward (the graph has
    /// no loop), ties broken by the boxes' own order.
    static func topological(_ successors: [[Int]], predecessors: [[Int]], nodes: [Int]) -> [Int] {
        var waiting = predecessors.map(\.count)
        var ready = nodes.filter { waiting[$0] == 0 }.reversed() as [Int]
        var order: [Int] = []
        while let box = ready.popLast() {
            order.append(box)
            for next in successors[box].reversed() {
                waiting[next] -= 1
                if waiting[next] == 0 { ready.append(next) }
            }
        }
        return order
    }
}
