import TocChecks
import TocModel
import TocSyntax

/// A theory as a Mermaid flowchart (issue #19), for wikis and READMEs that
/// render Mermaid: `flowchart LR` (or `TB`), a `subgraph` per area, node
/// shapes by level, edges with their assumptions as edge text.
///
/// Nothing a label says can break out of its quotes: every character
/// Mermaid or Markdown could read as syntax is written as Mermaid's
/// `#code;` entity where Mermaid's grammar would read it, and ids are toc's own (`n1`, `n2`, ...; a theory id such
/// as `end` is a Mermaid keyword).
enum Mermaid {
    static func text(_ theory: Theory, findings: [Diagnostic], options: RenderOptions, visible: [Bool]) -> String {
        let faces = NodeFace.all(theory, findings: findings, options: options)
        let name = { (index: Int) in "n\(index + 1)" }
        var out = "---\ntitle: \(quoted(theory.title ?? theory.path))\n---\n"
        out += "flowchart \(options.direction == .down ? "TB" : "LR")\n"
        var placed = Set<Int>()
        func node(_ index: Int, indent: String) {
            let face = faces[index]
            var words = escape(face.label)
            for detail in face.details { words += "<br/><small>" + escape(detail) + "</small>" }
            if let problem = face.problem { words += "<br/><b>" + escape(problem) + "</b>" }
            let (open, close) = shape(face.kind)
            out += "\(indent)\(name(index))\(open)\"\(words)\"\(close)\n"
            placed.insert(index)
        }
        for (number, area) in theory.areas.enumerated() {
            let members = theory.nodes.indices.filter { visible[$0] && theory.nodes[$0].area == area.id }
            guard !members.isEmpty else { continue }
            out += "  subgraph a\(number + 1)[\"\(escape(area.label.isEmpty ? area.id : area.label))\"]\n"
            for index in members { node(index, indent: "    ") }
            out += "  end\n"
        }
        for index in theory.nodes.indices where visible[index] && !placed.contains(index) { node(index, indent: "  ") }
        for edge in theory.edges where visible[edge.from] && visible[edge.to] {
            let assumption = edge.assumptions.joined(separator: "; ")
            if !assumption.isEmpty {
                out += "  \(name(edge.from)) -- \"\(escape(assumption))\" --> \(name(edge.to))\n"
            } else {
                out += "  \(name(edge.from)) --> \(name(edge.to))\n"
            }
        }
        for (kind, className) in [(NodeKind.activity, "activity"), (.output, "output"), (.outcome, "outcome"), (.goal, "goal")] {
            let style = LevelStyle.of(kind)
            let members = theory.nodes.indices.filter { visible[$0] && theory.nodes[$0].kind == kind }.map(name)
            out += "  classDef \(className) fill:\(style.fill),stroke:\(style.border),color:#1A1A1A\n"
            if !members.isEmpty { out += "  class \(members.joined(separator: ",")) \(className)\n" }
        }
        let problems = theory.nodes.indices.filter { visible[$0] && faces[$0].problem != nil }.map(name)
        if !problems.isEmpty {
            out += "  classDef problem stroke:\(Theme.problem),stroke-width:3px\n"
            out += "  class \(problems.joined(separator: ",")) problem\n"
        }
        return out
    }

    /// The brackets of a level's shape: a rectangle for an activity, a
    /// parallelogram for an output, a rounded box for an outcome, a stadium
    /// for a goal.
    static func shape(_ kind: NodeKind) -> (String, String) {
        switch kind {
        case .activity: ("[", "]")
        case .output: ("[/", "/]")
        case .outcome: ("(", ")")
        case .goal: ("([", "])")
        }
    }

    /// Text for inside Mermaid's double quotes, as a person would write it:
    /// only what Mermaid's grammar would read becomes `#code;` (the quote
    /// that would end the text, `#` that starts a code, `<`, `>` and `&`
    /// that its HTML labels would read, a backtick that starts Markdown, and
    /// `%%` that starts a directive); `35 % (2022)` stays as it is. Control
    /// characters and line separators become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"", "#", "&", "<", ">", "`":
                out += "#\(scalar.value);"
            case "%" where index + 1 < scalars.count && scalars[index + 1] == "%":
                out += "#37;"
            case _ where scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}":
                out += " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A YAML front-matter value: in double quotes, escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.properties.generalCategory == .control: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
