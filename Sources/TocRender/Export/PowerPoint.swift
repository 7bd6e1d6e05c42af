import Foundation
import TocModel
import TocSyntax
import ZIPFoundation

/// A theory as a PowerPoint presentation (issue #19), 16:9: the first
/// slide the whole theory, then one slide per area (the split the projector
/// view uses). Every box is a native shape in its level's shape and colours,
/// with its label as editable text and its indicators in smaller text;
/// every arrow is a connector glued to the two shapes, so moving a box in
/// PowerPoint or LibreOffice Impress keeps its arrows. Positions are
/// Graphviz's. Built as Office Open XML and zipped with ZIPFoundation, with
/// fixed dates: the same theory gives the same bytes.
enum PowerPoint {
    /// EMU per point.
    static let emu = 12_700.0

    static func file(_ theory: Theory, findings: [Diagnostic], options: RenderOptions, whole: DiagramLayout) throws -> [UInt8] {
        try package(title: theory.title ?? theory.path,
                     slides: diagramSlides(theory, findings: findings, options: options, whole: whole))
    }

    /// The whole theory's slide, then (unless one area is drawn) a slide per area.
    static func diagramSlides(_ theory: Theory, findings: [Diagnostic], options: RenderOptions, whole: DiagramLayout) -> [String] {
        let faces = NodeFace.all(theory, findings: findings, options: options)
        let title = theory.title ?? theory.path
        // The whole theory's slide only where its smallest text (the
        // indicators, 9 points in the drawing) reads at 10 points or more;
        // else the deck goes area by area, as the report does.
        let readable = scale(for: whole) * 9 >= 10 || options.area != nil
            || !theory.areas.contains { area in theory.nodes.contains { $0.area == area.id } }
        var slides = readable ? [slide(title: title, layout: whole, theory: theory, faces: faces, direction: options.direction)] : []
        if options.area == nil {
            for area in theory.areas where theory.nodes.contains(where: { $0.area == area.id }) {
                var alone = options
                alone.area = area.id
                // An area that cannot be drawn alone is left out; the whole was drawn.
                guard case .success(let layout) = Renderer.layout(theory, findings: findings, options: alone) else { continue }
                let name = area.label.isEmpty ? area.id : area.label
                slides.append(slide(title: "\(title) – \(name)", layout: layout, theory: theory, faces: faces, direction: options.direction))
            }
        }
        return slides
    }

    /// The package around the slides (each a slide's XML), zipped.
    static func package(title: String, slides: [String], charts: [Int: String] = [:]) throws -> [UInt8] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", PowerPointParts.contentTypes(slides: slides.count, charts: charts.count)),
            ("_rels/.rels", PowerPointParts.packageRelationships),
            ("docProps/core.xml", PowerPointParts.core(title: title)),
            ("docProps/app.xml", PowerPointParts.app(slides: slides.count)),
            ("ppt/presentation.xml", PowerPointParts.presentation(slides: slides.count)),
            ("ppt/_rels/presentation.xml.rels", PowerPointParts.presentationRelationships(slides: slides.count)),
            ("ppt/slideMasters/slideMaster1.xml", PowerPointParts.master),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", PowerPointParts.masterRelationships),
            ("ppt/slideLayouts/slideLayout1.xml", PowerPointParts.layout),
            ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", PowerPointParts.layoutRelationships),
            ("ppt/theme/theme1.xml", PowerPointParts.theme),
        ]
        // Charts are numbered in slide order.
        let charted = charts.keys.sorted()
        for (index, slide) in slides.enumerated() {
            parts.append(("ppt/slides/slide\(index + 1).xml", slide))
            let chart = charted.firstIndex(of: index).map { $0 + 1 }
            parts.append(("ppt/slides/_rels/slide\(index + 1).xml.rels", PowerPointParts.slideRelationships(chart: chart)))
        }
        for (number, index) in charted.enumerated() { parts.append(("ppt/charts/chart\(number + 1).xml", charts[index] ?? "")) }
        return try zip(parts)
    }

    /// The presentation's parts zipped (`OfficePackage.zip`).
    static func zip(_ parts: [(String, String)]) throws -> [UInt8] {
        guard let bytes = OfficePackage.zip(parts.map { ($0.0, Array($0.1.utf8)) }) else {
            throw GraphvizError(message: "the presentation could not be packed", dotLine: nil)
        }
        return bytes
    }

    /// Room for the title above the diagram, and the margin around it, in points.
    static let top = 52.0, margin = 12.0

    /// How much a layout is scaled to fill the slide below its title (at
    /// least 80 % of the slide's width or height; at most three times).
    static func scale(for layout: DiagramLayout) -> Double {
        let slideWidth = Double(PowerPointParts.slideWidth) / emu, slideHeight = Double(PowerPointParts.slideHeight) / emu
        return min(3, (slideWidth - 2 * margin) / max(layout.width, 1), (slideHeight - top - margin) / max(layout.height, 1))
    }

    /// One slide: the title at the top, the layout scaled to fit below it.
    static func slide(title: String, layout: DiagramLayout, theory: Theory, faces: [NodeFace], direction: Direction) -> String {
        let slideWidth = Double(PowerPointParts.slideWidth) / emu, slideHeight = Double(PowerPointParts.slideHeight) / emu
        let scale = scale(for: layout)
        let left = (slideWidth - layout.width * scale) / 2
        let below = top + (slideHeight - top - margin - layout.height * scale) / 2
        func x(_ value: Double) -> Int { Int(((left + value * scale) * emu).rounded()) }
        func y(_ value: Double) -> Int { Int(((below + value * scale) * emu).rounded()) }
        func size(_ value: Double) -> Int { Int((value * scale * emu).rounded()) }
        var shapes: [XMLNode] = []
        var nextID = 2
        shapes.append(textBox(id: nextID, name: "Title", x: Int(margin * emu), y: Int(8 * emu), width: Int((slideWidth - 2 * margin) * emu),
                              height: Int(40 * emu), text: title, points: 24))
        nextID += 1
        for frame in layout.frames {
            let name = frame.area.label.isEmpty ? frame.area.id : frame.area.label
            shapes.append(XMLNode("p:sp") {
                names(id: nextID, name: "Area \(frame.area.id)")
                XMLNode("p:spPr") {
                    place(x: x(frame.x), y: y(frame.y), width: size(frame.width), height: size(frame.height))
                    XMLNode("a:prstGeom", ["prst": "roundRect"]) {
                        XMLNode("a:avLst") { XMLNode("a:gd", ["name": "adj", "fmla": "val 3000"]) }
                    }
                    XMLNode("a:noFill")
                    XMLNode("a:ln", ["w": "9525"]) {
                        solid("8C8C8C")
                        XMLNode("a:prstDash", ["val": "dash"])
                    }
                }
                XMLNode("p:txBody") {
                    XMLNode("a:bodyPr", ["wrap": "square", "lIns": "\(size(6))", "tIns": "\(size(4))", "anchor": "t"])
                    XMLNode("a:lstStyle")
                    paragraph(name, points: 12 * scale, bold: true, colour: "1A1A1A", align: "l")
                }
            })
            nextID += 1
        }
        var shapeID: [Int: Int] = [:]
        for box in layout.boxes {
            let face = faces[box.node]
            shapeID[box.node] = nextID
            shapes.append(nodeShape(face, id: nextID, name: theory.nodes[box.node].id, x: x(box.x - box.width / 2), y: y(box.y - box.height / 2),
                                    width: size(box.width), height: size(box.height), scale: scale))
            nextID += 1
        }
        let centre = Dictionary(uniqueKeysWithValues: layout.boxes.map { ($0.node, $0) })
        let across = direction == .right
        // Glued to the sides facing along the reading direction: right to
        // left (sites 3 and 1 of a box) across the page, bottom to top (2
        // and 0) down it; a junction's small circle by its sides too (6 and 2,
        // or 4 and 0).
        func exit(_ box: DiagramLayout.Box) -> (Double, Double) {
            across ? (box.x + box.width / 2, box.y) : (box.x, box.y + box.height / 2)
        }
        func entry(_ box: DiagramLayout.Box) -> (Double, Double) {
            across ? (box.x - box.width / 2, box.y) : (box.x, box.y - box.height / 2)
        }
        let dot = 5.0
        for edge in theory.edges where !layout.bundles(edge) {
            guard let from = centre[edge.from], let to = centre[edge.to], let start = shapeID[edge.from], let end = shapeID[edge.to],
                  edge.from != edge.to else { continue }
            shapes.append(connector(id: nextID, from: (start, across ? 3 : 2, exit(from)), to: (end, across ? 1 : 0, entry(to)),
                                    arrow: true, place: (x, y, size)))
            nextID += 1
        }
        for junction in layout.junctions {
            let id = nextID
            nextID += 1
            shapes.append(XMLNode("p:sp") {
                names(id: id, name: "Junction \(id)")
                XMLNode("p:spPr") {
                    place(x: x(junction.x - dot / 2), y: y(junction.y - dot / 2), width: size(dot), height: size(dot))
                    XMLNode("a:prstGeom", ["prst": "ellipse"]) { XMLNode("a:avLst") }
                    solid("4D4D4D")
                    XMLNode("a:ln", ["w": "9525"]) { solid("4D4D4D") }
                }
            })
            let (inSite, outSite) = across ? (2, 6) : (0, 4)
            let left = across ? (junction.x - dot / 2, junction.y) : (junction.x, junction.y - dot / 2)
            let right = across ? (junction.x + dot / 2, junction.y) : (junction.x, junction.y + dot / 2)
            for source in junction.sources {
                guard let box = centre[source], let start = shapeID[source] else { continue }
                shapes.append(connector(id: nextID, from: (start, across ? 3 : 2, exit(box)), to: (id, inSite, left), arrow: false,
                                        place: (x, y, size)))
                nextID += 1
            }
            for target in junction.targets {
                guard let box = centre[target], let end = shapeID[target] else { continue }
                shapes.append(connector(id: nextID, from: (id, outSite, right), to: (end, across ? 1 : 0, entry(box)), arrow: true,
                                        place: (x, y, size)))
                nextID += 1
            }
        }
        return slideXML(shapes)
    }
}
