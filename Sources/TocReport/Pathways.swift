import TocModel
import TocRender
import TocSyntax

/// The diagram as text (issue #18): its pathways as nested lists, area by
/// area in reading order, activity -> output -> outcome -> goal, each step
/// with its level and indicators. Beside every diagram in the HTML report,
/// for readers who cannot see it.
enum Pathways {
    static func html(_ theory: Theory, language: Language, escape: (String) -> String) -> String {
        let da = language == .da
        var html = "<details class=\"pathways\"><summary>\(da ? "Diagrammet som tekst" : "The diagram as text")</summary>\n<ul>\n"
        // From the first level the theory has: a plan of outcomes and goals
        // gets its pathways too.
        let start = theory.nodes.map(\.kind).min() ?? .activity
        var groups: [(title: String?, activities: [Int])] = theory.areas.map { area in
            (area.label.isEmpty ? area.id : area.label,
             theory.nodes.indices.filter { theory.nodes[$0].area == area.id && theory.nodes[$0].kind == start })
        }
        let known = Set(theory.areas.map(\.id))
        groups.append((nil, theory.nodes.indices.filter {
            theory.nodes[$0].kind == start && (theory.nodes[$0].area.map { !known.contains($0) } ?? true)
        }))
        for group in groups where !group.activities.isEmpty {
            var items = ""
            for activity in group.activities {
                var shown: Set<Int> = []
                items += step(activity, theory: theory, language: language, escape: escape, shown: &shown)
            }
            if let title = group.title {
                html += "<li>\(escape(title))\n<ul>\n\(items)</ul></li>\n"
            } else {
                html += items
            }
        }
        return html + "</ul></details>\n"
    }

    /// One step and, the first time it is met under this activity, what it leads to.
    static func step(_ index: Int, theory: Theory, language: Language, escape: (String) -> String, shown: inout Set<Int>) -> String {
        let node = theory.nodes[index]
        var text = "\(node.kind.keyword.spelling(in: language).capitalizedFirst): \(node.label)"
        for indicator in node.indicators {
            text += " (▸ " + indicator.line(label: indicator.label) + ")"
        }
        guard shown.insert(index).inserted else {
            return "<li>\(escape(text)) (\(language == .da ? "se ovenfor" : "see above"))</li>\n"
        }
        let next = theory.edges.filter { $0.from == index && $0.to != index }.map(\.to)
        guard !next.isEmpty else { return "<li>\(escape(text))</li>\n" }
        var children = ""
        for target in next { children += step(target, theory: theory, language: language, escape: escape, shown: &shown) }
        return "<li>\(escape(text))\n<ul>\n\(children)</ul></li>\n"
    }
}
