import TocChecks
import TocModel
import TocSyntax

/// The theory as a `Scene`: every drawn node, undeclared id and second
/// declaration a box in its area's band; every edge a line, its words a box
/// of their own on its way; many-to-many blocks through one junction.
extension DotBuilder {
    mutating func scene(visible: [Bool]) -> Scene {
        var scene = Scene()
        // Every area is drawn, even one with no nodes yet (a plan or a
        // workshop starts that way); one area's view draws those it reaches.
        var bandOf: [String: Int] = [:]
        for area in theory.areas {
            let members = theory.nodes.indices.contains { visible[$0] && theory.nodes[$0].area == area.id }
            guard options.area == nil || members || options.area == area.id else { continue }
            bandOf[area.id] = scene.bands.count
            let label = areaLabel(area)
            scene.bands.append(Scene.Band(
                cluster: quote("cluster_" + area.id),
                attributes: "label=<\(label)>, style=\"rounded,dashed\", color=\"\(Theme.areaBorder)\", fontsize=12",
                title: TextEstimate.areaTitle(area, lines: words.lines(area.context))))
        }
        var boxOf: [String: Int] = [:]
        for index in theory.nodes.indices where visible[index] {
            let node = theory.nodes[index]
            boxOf[node.id] = scene.add(Scene.Box(
                name: quote(node.id), attributes: nodeAttributes(index), role: .node(index),
                band: node.area.flatMap { bandOf[$0] } ?? scene.freeBand, key: [node.kind.rawValue, index],
                location: node.location, kind: node.kind))
        }
        addPending(to: &scene, boxOf: &boxOf, visible: visible)
        let bundled = bundles(visible: visible)
        var inBundle = Set<Int>()
        for bundle in bundled { inBundle.formUnion(bundle.edges) }
        for (index, edge) in theory.edges.enumerated() where visible[edge.from] && visible[edge.to] && !inBundle.contains(index) {
            addEdge(edge, to: &scene, boxOf: boxOf)
        }
        for (number, bundle) in bundled.enumerated() {
            let sources = bundle.sources.compactMap { boxOf[theory.nodes[$0].id] }
            let targets = bundle.targets.compactMap { boxOf[theory.nodes[$0].id] }
            let ends = Set((sources + targets).map { scene.boxes[$0].band })
            let junction = scene.add(Scene.Box(
                name: quote("toc:junction:\(number + 1)"),
                attributes: "shape=point, width=0.09, height=0.09, color=\"\(Theme.edge)\", fillcolor=\"\(Theme.edge)\", label=\"\"",
                role: .junction, band: ends.count == 1 ? ends.first! : -1, key: [9, number],
                location: theory.edges[bundle.edges[0]].location, kind: nil))
            scene.between[junction] = (sources, targets)
            for source in sources {
                scene.links.append(Scene.Link(from: source, to: junction, attributes: "arrowhead=none", arrow: false, location: nil))
            }
            for target in targets {
                scene.links.append(Scene.Link(from: junction, to: target, attributes: "", arrow: true, location: nil))
            }
            for edge in bundle.edges {
                if let from = boxOf[theory.nodes[theory.edges[edge].from].id], let to = boxOf[theory.nodes[theory.edges[edge].to].id] {
                    scene.steps.append((from, to))
                }
            }
        }
        scene.horizons = horizonColumns(visible: visible).map { column in column.compactMap { boxOf[theory.nodes[$0].id] } }
        return scene
    }

    /// One edge: a line, or two through a box with its words.
    private mutating func addEdge(_ edge: Edge, to scene: inout Scene, boxOf: [String: Int]) {
        guard let from = boxOf[theory.nodes[edge.from].id], let to = boxOf[theory.nodes[edge.to].id] else { return }
        scene.steps.append((from, to))
        let problems = edgeProblems[edge.location] ?? []
        var attributes: [String] = []
        if !problems.isEmpty {
            attributes += ["color=\"\(Theme.problem)\"", "penwidth=2.5", "style=dashed", "fontcolor=\"\(Theme.problemText)\""]
        }
        var lines = problems.map { "<B>⚠ \(text(words.marker(for: $0)))</B>" }
        for assumption in edge.assumptions {
            let wrapped = LabelText.wrap(clipped(assumption, at: edge.location), width: Theme.detailWidth)
            lines.append("<I>\(wrapped.map(text).joined(separator: "<BR/>"))</I>")
        }
        guard !lines.isEmpty else {
            scene.links.append(Scene.Link(from: from, to: to, attributes: attributes.joined(separator: ", "), arrow: true,
                                          location: edge.location))
            return
        }
        // The words as a small box on the edge's way, so that Graphviz lays
        // them out like any box: they never cover another one.
        labelNodes += 1
        var look = "shape=plaintext, margin=\"0.04,0.02\", width=0, height=0, fontsize=9"
        if !problems.isEmpty { look += ", fontcolor=\"\(Theme.problemText)\"" }
        let band = scene.boxes[from].band == scene.boxes[to].band ? scene.boxes[from].band : -1
        let label = scene.add(Scene.Box(
            name: quote("edge \(labelNodes)"), attributes: "\(look), label=<\(lines.joined(separator: "<BR/>"))>",
            role: .label, band: band, key: [8, labelNodes], location: edge.location, kind: nil))
        scene.between[label] = ([from], [to])
        scene.links.append(Scene.Link(from: from, to: label, attributes: (["arrowhead=none"] + attributes).joined(separator: ", "),
                                      arrow: false, location: edge.location))
        scene.links.append(Scene.Link(from: label, to: to, attributes: attributes.joined(separator: ", "), arrow: true,
                                      location: edge.location))
    }

    /// Boxes for ids nobody declares yet (in the band of the node that names
    /// them) and for second declarations (beside the first), and the dashed
    /// lines to and from undeclared ids.
    private mutating func addPending(to scene: inout Scene, boxOf: inout [String: Int], visible: [Bool]) {
        let note = LocalizedText("not declared yet", da: "ikke erklæret endnu").text(words.language)
        for edge in pendingEdges(visible: visible) {
            for (id, other) in [(edge.from, edge.to), (edge.to, edge.from)] where theory.nodeIndex[id] == nil && boxOf["?" + id] == nil {
                let band = boxOf[other].map { scene.boxes[$0].band } ?? scene.freeBand
                boxOf["?" + id] = scene.add(Scene.Box(
                    name: pendingName(id),
                    attributes: "shape=box, style=\"dashed,rounded\", color=\"\(Theme.problem)\", "
                        + "label=<\(text(id)) ?<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.quiet)\">\(text(note))</FONT>>",
                    role: .pending, band: band, key: [7, scene.boxes.count], location: nil, kind: nil))
            }
            let from = boxOf[edge.from] ?? boxOf["?" + edge.from], to = boxOf[edge.to] ?? boxOf["?" + edge.to]
            guard let from, let to else { continue }
            scene.steps.append((from, to))
            scene.links.append(Scene.Link(from: from, to: to, attributes: "style=dashed, color=\"\(Theme.problem)\"", arrow: true,
                                          location: nil))
        }
        for (number, duplicate) in theory.duplicates.enumerated() where !duplicate.isArea {
            guard let firstIndex = theory.nodeIndex[duplicate.id], let first = boxOf[duplicate.id] else { continue }
            let style = LevelStyle.of(duplicate.kind ?? theory.nodes[firstIndex].kind)
            let label = LabelText.wrap(clipped(duplicate.label.isEmpty ? duplicate.id : duplicate.label, at: duplicate.second),
                                       width: Theme.labelWidth).map(text).joined(separator: "<BR/>")
            let marker = text(words.marker(for: .duplicateID))
            _ = scene.add(Scene.Box(
                name: quote("duplicate \(number + 1) " + duplicate.id),
                attributes: "shape=\(style.shape), style=\"dashed,rounded\", color=\"\(Theme.problem)\", label=<\(label)<BR/>"
                    + "<FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.problemText)\"><B>⚠ \(marker)</B></FONT>>",
                role: .duplicate(of: first), band: scene.boxes[first].band, key: scene.boxes[first].key + [number + 1],
                location: duplicate.second, kind: scene.boxes[first].kind))
        }
    }
}
