import Foundation

/// The finished drawing from the layout (issue #24): every box where
/// Graphviz's `dot` put it, every line as `dot` routed it (its pieces from
/// column to column joined into one curve), and each area's box drawn
/// around its band, with the area's title at its top left. The result is
/// DOT text with every position given, which Graphviz draws without laying
/// anything out again (its `nop2` engine). Pure text and geometry: no
/// Graphviz call here, so it is tested on its own.
enum Pinning {
    /// Graphviz's `json0` output: the parts used here and by the exports.
    struct Layout: Decodable {
        /// The whole drawing's box.
        var bb: String?
        var objects: [Object]?
        var edges: [Piece]?
    }

    /// A node or subgraph of the layout.
    struct Object: Decodable {
        var name: String
        var pos: String?
        var width: String?
        var height: String?
        var bb: String?
        var nodes: [Int]?
        var _gvid: Int
    }

    /// An edge of the layout.
    struct Piece: Decodable {
        var tail: Int
        var head: Int
        var pos: String?
        var toc: String?
    }

    /// A rectangle in page terms: `cross` runs across the bands (down the
    /// page, or across it when drawn top down), `along` with the arrows.
    struct Extent {
        var cross: ClosedRange<Double>
        var along: ClosedRange<Double>
    }

    /// The DOT text of the finished drawing; nil when the layout lacks a
    /// position the drawing needs.
    static func dot(json: [UInt8], drawing: Drawing) -> String? {
        // Not Graphviz's JSON: the caller says "Graphviz gave no layout" (GraphvizError.noLayout).
        guard let layout = try? JSONDecoder().decode(Layout.self, from: Data(json)) else { return nil }
        var boxes: [String: (x: Double, y: Double, extent: Extent)] = [:]
        for object in layout.objects ?? [] where object.nodes == nil && object.bb == nil {
            guard let pos = object.pos.flatMap(numbers), pos.count >= 2,
                  let width = object.width.flatMap(Double.init), let height = object.height.flatMap(Double.init) else { continue }
            let (w, h) = (width * 36, height * 36)
            let x = (pos[0] - w)...(pos[0] + w), y = (-pos[1] - h)...(-pos[1] + h)
            boxes[object.name] = (pos[0], pos[1], drawing.across ? Extent(cross: x, along: y) : Extent(cross: y, along: x))
        }
        var pieces: [String: String] = [:]
        for piece in layout.edges ?? [] { if let key = piece.toc, let pos = piece.pos { pieces[key] = pos } }

        let scene = drawing.scene
        var out = drawing.header
        // Along the arrows, every band spans the whole drawing.
        let along = scene.boxes.compactMap { boxes[unquoted($0.name)]?.extent.along }
        let span = along.isEmpty ? nil : (along.map(\.lowerBound).min()!)...(along.map(\.upperBound).max()!)
        for (index, band) in scene.bands.enumerated() {
            let members = scene.boxes.indices.filter { drawing.bands[$0] == index }
            guard let frame = frame(of: index, members: members, boxes: boxes, span: span, drawing: drawing) else { return nil }
            out += "  subgraph \(band.cluster) {\n    graph [\(band.attributes), bb=\"\(frame)\"];\n"
            out += members.map { "    \(scene.boxes[$0].name);\n" }.joined()
            out += "  }\n"
        }
        for box in scene.boxes {
            guard let place = boxes[unquoted(box.name)] else { return nil }
            out += "  \(box.name) [\(box.attributes), pos=\"\(number(place.x)),\(number(place.y))\"];\n"
        }
        for (index, link) in scene.links.enumerated() {
            guard let pos = curve(drawing.pieces[index].map { pieces[$0] }, turned: drawing.turned[index]) else { return nil }
            let attributes = link.attributes.isEmpty ? "" : link.attributes + ", "
            out += "  \(scene.boxes[link.from].name) -> \(scene.boxes[link.to].name) [\(attributes)pos=\"\(pos)\"];\n"
        }
        return out + "}\n"
    }

    /// An area's box around its band, as Graphviz's `bb`: across the bands
    /// from its first box (less room for its title) to its last; along the
    /// arrows over the whole drawing, so that the bands line up.
    static func frame(
        of band: Int, members: [Int], boxes: [String: (x: Double, y: Double, extent: Extent)], span: ClosedRange<Double>?,
        drawing: Drawing
    ) -> String? {
        let scene = drawing.scene
        let title = scene.bands[band].title
        let contents = members.compactMap { boxes[unquoted(scene.boxes[$0].name)]?.extent }
        let titleBox = boxes["toc:title:\(band)"]?.extent
        let separator = (0...(drawing.ranks.max() ?? 0)).lazy.compactMap { boxes["toc:sep:\(band):\($0)"]?.extent }.first
        guard let separator else { return nil }
        var alongStart = (span?.lowerBound ?? separator.along.lowerBound) - 12
        var alongEnd = (span?.upperBound ?? separator.along.upperBound) + 12
        var cross: ClosedRange<Double>
        if drawing.across {
            // Side by side: the title on the row above the first column.
            let parts = contents + (titleBox.map { [$0] } ?? [])
            let start = (parts.map(\.cross.lowerBound).min() ?? separator.cross.upperBound + drawing.gap) - 8
            let end = max(parts.map(\.cross.upperBound).max() ?? start + title.width + 16, start + title.width + 16) + 8
            cross = start...end
            if let titleBox { alongStart = min(alongStart, titleBox.along.lowerBound - 4) }
        } else {
            let room = title.height + 10
            let start = (contents.map(\.cross.lowerBound).min() ?? separator.cross.upperBound + drawing.gap) - room
            let end = max((contents.map(\.cross.upperBound).max() ?? start + room) + 8, start + room + 8)
            cross = start...end
            alongEnd = max(alongEnd, alongStart + title.width + 20)
        }
        let (x, y) = drawing.across ? (cross, alongStart...alongEnd) : (alongStart...alongEnd, cross)
        // Back to Graphviz's coordinates, where y grows upwards.
        return "\(number(x.lowerBound)),\(number(-y.upperBound)),\(number(x.upperBound)),\(number(-y.lowerBound))"
    }

    /// One curve from the pieces of a line, in its own direction: Graphviz's
    /// `pos` for an edge (`e,x,y` for the arrowhead, then the B-spline).
    static func curve(_ pieces: [String?], turned: Bool) -> String? {
        var points: [String] = []
        var arrow: String?
        for piece in pieces {
            guard let piece else { return nil }
            var parts = piece.split(separator: " ").map(String.init)
            if let first = parts.first, first.hasPrefix("e,") || first.hasPrefix("s,") {
                if first.hasPrefix(turned ? "s," : "e,") { arrow = "e," + first.dropFirst(2) }
                parts.removeFirst()
                if let second = parts.first, second.hasPrefix("e,") || second.hasPrefix("s,") {
                    if second.hasPrefix(turned ? "s," : "e,") { arrow = "e," + second.dropFirst(2) }
                    parts.removeFirst()
                }
            }
            if turned { parts.reverse() }
            guard !parts.isEmpty else { return nil }
            points += points.isEmpty ? parts : Array(parts.dropFirst())
        }
        guard !points.isEmpty else { return nil }
        return ([arrow].compactMap { $0 } + points).joined(separator: " ")
    }

    static func unquoted(_ name: String) -> String {
        name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2 ? String(name.dropFirst().dropLast()) : name
    }

    static func numbers(_ text: String) -> [Double]? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: " !"))) }
        return parts.contains(nil) ? nil : parts.compactMap { $0 }
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
