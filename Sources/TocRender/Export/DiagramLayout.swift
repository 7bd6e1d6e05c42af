import Foundation
import TocModel
import TocSyntax

/// Where Graphviz put a theory's boxes and areas (issue #19): what the
/// PowerPoint and draw.io files are built from. Read from Graphviz's `json0`
/// output of the same DOT text the SVG is drawn from (the author's order
/// included); points, with the origin at the top left and y growing down.
struct DiagramLayout {
    /// A theory node's box: its centre and size.
    struct Box {
        var node: Int
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    /// An area's frame: its top-left corner and size.
    struct Frame {
        var area: Area
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    /// Where a bundle's lines meet (`Bundle`): its centre, and the nodes
    /// whose lines run into it and out of it.
    struct Junction {
        var x: Double
        var y: Double
        var sources: [Int]
        var targets: [Int]
    }

    var width: Double
    var height: Double
    var boxes: [Box]
    var frames: [Frame]
    var junctions: [Junction] = []

    /// Whether an edge of the theory is drawn through a junction.
    func bundles(_ edge: Edge) -> Bool {
        junctions.contains { $0.sources.contains(edge.from) && $0.targets.contains(edge.to) }
    }

    /// The layout, or nil when the JSON is not Graphviz's.
    init?(json: [UInt8], theory: Theory) {
        // Not Graphviz's JSON: the caller says "Graphviz gave no layout" (GraphvizError.noLayout).
        guard let layout = try? JSONDecoder().decode(Pinning.Layout.self, from: Data(json)),
              let bounds = layout.bb.flatMap(Pinning.numbers), bounds.count == 4 else { return nil }
        width = bounds[2] - bounds[0]
        height = bounds[3] - bounds[1]
        let top = bounds[3]
        var boxes: [Box] = [], frames: [Frame] = []
        for object in layout.objects ?? [] {
            if let bb = object.bb.flatMap(Pinning.numbers), bb.count == 4, object.name.hasPrefix("cluster_"),
               let area = theory.areas.first(where: { "cluster_" + $0.id == object.name }) {
                frames.append(Frame(area: area, x: bb[0] - bounds[0], y: top - bb[3], width: bb[2] - bb[0], height: bb[3] - bb[1]))
            } else if object.nodes == nil, let index = theory.nodeIndex[object.name],
                      let pos = object.pos.flatMap(Pinning.numbers), pos.count >= 2,
                      let width = object.width.flatMap(Double.init), let height = object.height.flatMap(Double.init) {
                boxes.append(Box(node: index, x: pos[0] - bounds[0], y: top - pos[1], width: width * 72, height: height * 72))
            }
        }
        let names = Dictionary((layout.objects ?? []).map { ($0._gvid, $0.name) }, uniquingKeysWith: { first, _ in first })
        for object in layout.objects ?? [] where object.name.hasPrefix("toc:junction:") {
            guard let pos = object.pos.flatMap(Pinning.numbers), pos.count >= 2 else { continue }
            let edges = layout.edges ?? []
            let sources = edges.filter { $0.head == object._gvid }.compactMap { names[$0.tail].flatMap { theory.nodeIndex[$0] } }
            let targets = edges.filter { $0.tail == object._gvid }.compactMap { names[$0.head].flatMap { theory.nodeIndex[$0] } }
            junctions.append(Junction(x: pos[0] - bounds[0], y: top - pos[1], sources: sources, targets: targets))
        }
        self.boxes = boxes
        self.frames = frames.sorted { a, b in
            (theory.areas.firstIndex { $0.id == a.area.id } ?? 0) < (theory.areas.firstIndex { $0.id == b.area.id } ?? 0)
        }
    }
}

/// What a box says and how it looks, the same in every format: the level's
/// colours, the label, the indicators, and the problem marker when the node
/// has an error-level finding (unless drawn clean).
struct NodeFace {
    var label: String
    var details: [String]
    var fill: String
    var border: String
    var problem: String?
    var kind: NodeKind

    /// The face of every node, by index.
    static func all(_ theory: Theory, findings: [Diagnostic], options: RenderOptions) -> [NodeFace] {
        let builder = DotBuilder(theory: theory, options: options, findings: findings)
        return theory.nodes.map { node in
            let style = LevelStyle.of(node.kind)
            let details = node.indicators.map { "▸ " + $0.line(label: $0.label) }
            let problem = builder.nodeProblems[node.id]?.first.map { "⚠ " + builder.words.marker(for: $0) }
            return NodeFace(
                label: node.label.isEmpty ? node.id : node.label, details: details, fill: style.fill,
                border: problem == nil ? style.border : Theme.problem, problem: problem, kind: node.kind)
        }
    }
}
