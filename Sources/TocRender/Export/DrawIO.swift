import TocModel
import TocSyntax

/// A theory as a diagrams.net (draw.io) file (issue #19): the boxes at
/// Graphviz's positions with the SVG's colours and shapes, each area a
/// container holding its boxes (moving the area moves them), and every edge
/// naming its `source` and `target`, so it follows when a box is moved.
/// Uncompressed XML, the same bytes for the same input.
enum DrawIO {
    static func file(_ theory: Theory, findings: [Diagnostic], options: RenderOptions, layout: DiagramLayout) -> [UInt8] {
        let faces = NodeFace.all(theory, findings: findings, options: options)
        let title = theory.title ?? theory.path
        var cells: [XMLNode] = []
        var frameOf: [String: DiagramLayout.Frame] = [:]
        for (number, frame) in layout.frames.enumerated() {
            frameOf[frame.area.id] = frame
            let style = "rounded=1;arcSize=4;dashed=1;fillColor=none;strokeColor=\(Theme.areaBorder);container=1;collapsible=0;"
                + "verticalAlign=top;align=left;spacingLeft=8;fontStyle=1;fontSize=12;html=1;whiteSpace=wrap;"
            cells.append(cell(id: "area-\(number + 1)", value: html(frame.area.label.isEmpty ? frame.area.id : frame.area.label),
                          style: style, parent: "1", x: frame.x, y: frame.y, width: frame.width, height: frame.height))
        }
        let areaCell = Dictionary(uniqueKeysWithValues: layout.frames.enumerated().map { ($1.area.id, "area-\($0 + 1)") })
        var drawn = Set<Int>()
        for box in layout.boxes {
            let face = faces[box.node]
            let node = theory.nodes[box.node]
            var value = html(face.label)
            for detail in face.details { value += "<br><font style=\"font-size:9px\">\(html(detail))</font>" }
            if let problem = face.problem { value += "<br><b><font color=\"\(Theme.problemText)\" style=\"font-size:9px\">\(html(problem))</font></b>" }
            var x = box.x - box.width / 2, y = box.y - box.height / 2
            var parent = "1"
            if let area = node.area, let frame = frameOf[area], let id = areaCell[area] {
                parent = id
                x -= frame.x
                y -= frame.y
            }
            cells.append(cell(id: "node-\(box.node + 1)", value: value, style: style(face), parent: parent,
                          x: x, y: y, width: box.width, height: box.height))
            drawn.insert(box.node)
        }
        // A bundle's junction as a small dot, its lines glued to it.
        let lineStyle = "edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;strokeColor=\(Theme.edge);"
        for (number, junction) in layout.junctions.enumerated() {
            let id = "junction-\(number + 1)"
            cells.append(cell(id: id, value: "", style: "ellipse;aspect=fixed;fillColor=\(Theme.edge);strokeColor=\(Theme.edge);",
                          parent: "1", x: junction.x - 3, y: junction.y - 3, width: 6, height: 6))
            for source in junction.sources where drawn.contains(source) {
                cells.append(edgeCell(id: "\(id)-in-\(source + 1)", label: "", style: lineStyle + "endArrow=none;",
                                  source: "node-\(source + 1)", target: id))
            }
            for target in junction.targets where drawn.contains(target) {
                cells.append(edgeCell(id: "\(id)-out-\(target + 1)", label: "", style: lineStyle + "endArrow=block;endFill=1;",
                                  source: id, target: "node-\(target + 1)"))
            }
        }
        for (number, edge) in theory.edges.enumerated() where drawn.contains(edge.from) && drawn.contains(edge.to) && !layout.bundles(edge) {
            let label = edge.assumptions.joined(separator: "; ")
            let style = "edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;endArrow=block;endFill=1;strokeColor=\(Theme.edge);"
                + "fontSize=9;fontStyle=2;"
            cells.append(edgeCell(id: "edge-\(number + 1)", label: html(label), style: style,
                              source: "node-\(edge.from + 1)", target: "node-\(edge.to + 1)"))
        }
        let width = "\(Int(layout.width.rounded(.up)))", height = "\(Int(layout.height.rounded(.up)))"
        let file = XMLNode("mxfile", ["host": "toc", "agent": "toc", "version": "24.0.0"], after: "\n", opensLine: true) {
            XMLNode("diagram", ["id": "toc", "name": title], after: "\n", opensLine: true) {
                XMLNode("mxGraphModel", [
                    "dx": width, "dy": height, "grid": "1", "gridSize": "10", "guides": "1", "tooltips": "1", "connect": "1",
                    "arrows": "1", "fold": "1", "page": "1", "pageScale": "1", "pageWidth": width, "pageHeight": height,
                    "math": "0", "shadow": "0",
                ], after: "\n", opensLine: true) {
                    XMLNode("root", after: "\n", opensLine: true) {
                        XMLNode("mxCell", ["id": "0"], after: "\n")
                        XMLNode("mxCell", ["id": "1", "parent": "0"], after: "\n")
                        cells
                    }
                }
            }
        }
        return Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + file.string).utf8)
    }

    /// The SVG's look in draw.io's terms: the level's shape, fill and border.
    static func style(_ face: NodeFace) -> String {
        let shape: String
        switch face.kind {
        case .activity: shape = "rounded=0;"
        case .output: shape = "shape=note;size=10;"
        case .outcome: shape = "rounded=1;arcSize=20;"
        case .goal: shape = "rounded=1;arcSize=30;shape=ext;double=1;"
        }
        let width = face.problem != nil ? 2.5 : (face.kind == .goal ? 1.5 : 1.2)
        return shape + "whiteSpace=wrap;html=1;fillColor=\(face.fill);strokeColor=\(face.border);strokeWidth=\(width);"
            + "fontFamily=DejaVu Sans;fontSize=11;fontColor=#1A1A1A;"
    }

    /// A box, an area or a junction: `value` is draw.io's HTML label.
    static func cell(id: String, value: String, style: String, parent: String, x: Double, y: Double, width: Double, height: Double) -> XMLNode {
        XMLNode("mxCell", ["id": id, "value": value, "style": style, "vertex": "1", "parent": parent], after: "\n") {
            XMLNode("mxGeometry", ["x": number(x), "y": number(y), "width": number(width), "height": number(height), "as": "geometry"])
        }
    }

    /// A line glued to two cells, labelled with draw.io's HTML.
    static func edgeCell(id: String, label: String, style: String, source: String, target: String) -> XMLNode {
        XMLNode("mxCell", ["id": id, "value": label, "style": style, "edge": "1", "parent": "1", "source": source, "target": target],
                after: "\n") {
            XMLNode("mxGeometry", ["relative": "1", "as": "geometry"])
        }
    }

    /// Text as draw.io's HTML labels read it.
    static func html(_ text: String) -> String { HTMLText.escape(text) }


    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
