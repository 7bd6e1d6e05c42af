import TocChecks
import TocModel
import TocSyntax

/// What a screen reader is told about a diagram (issue #18): the SVG gets
/// `role="img"`, a `<title>` with the theory's title and a `<desc>` that
/// sums it up in a few sentences: the levels counted, the areas named, the
/// problems named.
enum AccessibleSVG {
    /// The sentences of the description, in `language`.
    static func description(_ theory: Theory, findings: [Diagnostic], visible: [Bool], area: String?, language: Language) -> String {
        let da = language == .da
        var counts: [String] = []
        for kind in NodeKind.allCases {
            let count = theory.nodes.indices.filter { visible[$0] && theory.nodes[$0].kind == kind }.count
            guard count > 0 else { continue }
            counts.append("\(count) " + noun(kind, count: count, language: language))
        }
        var sentences: [String] = []
        let what = da ? "Forandringsteori" : "Theory of change"
        sentences.append(counts.isEmpty ? (da ? "\(what) uden noder." : "\(what) without nodes.")
                         : "\(what) \(da ? "med" : "with") \(list(counts, language: language)).")
        let areas = theory.areas.filter { area == nil || $0.id == area }
            .filter { area in theory.nodes.indices.contains { visible[$0] && theory.nodes[$0].area == area.id } }
            .map { "«\($0.label.isEmpty ? $0.id : $0.label)»" }
        if !areas.isEmpty {
            sentences.append((da ? (areas.count == 1 ? "Indsatsområde: " : "Indsatsområder: ")
                                  : (areas.count == 1 ? "Intervention area: " : "Intervention areas: ")) + list(areas, language: language) + ".")
        }
        let problems = findings.filter { $0.severity == .error && $0.location.file == nil }
        if problems.isEmpty {
            sentences.append(da ? "Ingen fejl." : "No errors.")
        } else {
            var named: [String] = []
            for rule in Set(problems.map(\.rule)).sorted(by: { $0.rawValue < $1.rawValue }) {
                let count = problems.filter { $0.rule == rule }.count
                named.append("\(Catalogue.marker(for: rule, in: language)) (\(count))")
            }
            sentences.append((da ? "Fejl, markeret på diagrammet: " : "Errors, marked on the diagram: ") + list(named, language: language) + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// A level's noun, singular or plural.
    static func noun(_ kind: NodeKind, count: Int, language: Language) -> String {
        let one = count == 1
        switch (kind, language) {
        case (.activity, .da): return one ? "aktivitet" : "aktiviteter"
        case (.output, .da): return "output"
        case (.outcome, .da): return one ? "resultat" : "resultater"
        case (.goal, .da): return "mål"
        case (.activity, _): return one ? "activity" : "activities"
        case (.output, _): return one ? "output" : "outputs"
        case (.outcome, _): return one ? "outcome" : "outcomes"
        case (.goal, _): return one ? "goal" : "goals"
        }
    }

    /// `a, b og c` / `a, b and c`.
    static func list(_ items: [String], language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .da ? " og " : " and ") + items[items.count - 1]
    }

    /// The SVG with `role="img"`, its title and its description.
    static func annotate(_ svg: [UInt8], title: String, description: String) -> [UInt8] {
        guard let open = ByteSearch.find(Array("<svg".utf8), in: svg, from: 0),
              let close = svg[open...].firstIndex(of: UInt8(ascii: ">")) else { return svg }
        let attributes = Array(" role=\"img\" aria-labelledby=\"toc-title toc-desc\"".utf8)
        let head = Array("\n<title id=\"toc-title\">\(escape(title))</title>\n<desc id=\"toc-desc\">\(escape(description))</desc>".utf8)
        var result = Array(svg[..<close]) + attributes + [UInt8(ascii: ">")] + head + Array(svg[(close + 1)...])
        // The graph's own title is Graphviz's name for it: the theory's title instead.
        let graphTitle = Array("<title>forandringsteori</title>".utf8)
        if let at = ByteSearch.find(graphTitle, in: result, from: close) {
            result.replaceSubrange(at..<(at + graphTitle.count), with: Array("<title>\(escape(title))</title>".utf8))
        }
        return result
    }

    /// XML text: the same escaping as every page and report (`HTMLText`).
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}

/// A diagram's text alternative for a document that embeds it as a
/// picture (Word): the SVG's description, for the whole theory or one area.
public enum DiagramText {
    /// The sentences a screen reader is told about the diagram.
    public static func alternative(_ theory: Theory, findings: [Diagnostic], area: String? = nil, language: Language) -> String {
        let visible = theory.nodes.map { node in area == nil || node.area == area }
        return AccessibleSVG.description(theory, findings: findings, visible: visible, area: area, language: language)
    }
}
