import TocModel
import TocMonitor
import TocSyntax

extension DotBuilder {
    /// A node's label: its text, its indicators, its assumptions, its problems.
    mutating func nodeLabel(_ node: Node, problems: [FindingID]) -> String {
        let label = node.label.isEmpty ? node.id : node.label
        let width = options.presentation ? Theme.presentedLabelWidth : Theme.labelWidth
        var parts = [LabelText.wrap(clipped(label, at: node.location), width: width).map(text)
            .joined(separator: "<BR/>")]
        if options.presentation { return presentedLabel(node, parts[0], problems: problems) }
        // Horizon, target group and resources in small grey text under the label.
        var context = node.horizon.map { [$0.words.text(words.language).capitalizedFirst] } ?? []
        context += words.lines(PlanContext(targetGroup: node.context.targetGroup, inputs: node.context.inputs))
        for line in context {
            let wrapped = LabelText.wrap(clipped(line, at: node.location), width: Theme.detailWidth).map(text)
                .joined(separator: "<BR/>")
            parts.append("<FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.quiet)\">\(wrapped)</FONT>")
        }
        for (index, indicator) in node.indicators.enumerated() {
            let line = "▸ " + indicator.line(label: clipped(indicator.label, at: indicator.location))
            let wrapped = LabelText.wrap(line, width: Theme.detailWidth).map(text).joined(separator: "<BR/>")
            parts.append("<FONT POINT-SIZE=\"9\">\(wrapped)</FONT>")
            if let status = statusByIndicator[StatusKey(node: node.id, index: index)] {
                parts.append(statusLine(status))
            }
        }
        for assumption in node.assumptions {
            let line = "\(words.assumption): " + clipped(assumption, at: node.location)
            let wrapped = LabelText.wrap(line, width: Theme.detailWidth).map(text).joined(separator: "<BR/>")
            parts.append("<FONT POINT-SIZE=\"9\"><I>\(wrapped)</I></FONT>")
        }
        for problem in problems {
            parts.append("<FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.problemText)\"><B>⚠ \(text(words.marker(for: problem)))</B></FONT>")
        }
        return parts.joined(separator: "<BR/>")
    }

    /// A box on the projector: its words and problem marker; a box of another
    /// area than the one shown is a stub that names its area.
    func presentedLabel(_ node: Node, _ label: String, problems: [FindingID]) -> String {
        var parts = [label]
        if let shown = options.area, let other = node.area, other != shown,
           let area = theory.areas.first(where: { $0.id == other }) {
            parts = ["<FONT POINT-SIZE=\"11\" COLOR=\"\(Theme.quiet)\">→ \(text(area.label.isEmpty ? area.id : area.label))</FONT>"] + parts
        }
        for problem in problems {
            parts.append("<FONT POINT-SIZE=\"11\" COLOR=\"\(Theme.problemText)\"><B>⚠ \(text(words.marker(for: problem)))</B></FONT>")
        }
        return parts.joined(separator: "<BR/>")
    }

    /// `✔ 8,9% (2025-06) · nået`, in the status colour, bold.
    func statusLine(_ status: IndicatorStatus) -> String {
        var line = status.state.symbol
        if let latest = status.latest { line += " \(latest.text) (\(latest.date)) ·" }
        line += " " + status.state.word(words.language)
        return "<FONT POINT-SIZE=\"9\" COLOR=\"\(status.state.textColour)\"><B>\(text(line))</B></FONT>"
    }

    /// The graph label: title, period, and a legend of the levels.
    func legend(visible: [Bool]) -> String {
        var rows: [String] = []
        if let title = theory.title {
            let shown = LabelText.clip(title).0
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><B>\(text(shown))</B></FONT></TD></TR>")
        }
        var subtitle: [String] = []
        if let period = theory.period { subtitle.append("\(words.period) \(period.lowerBound)-\(period.upperBound)") }
        if let area = options.area, let found = theory.areas.first(where: { $0.id == area }) {
            subtitle.append(found.label.isEmpty ? found.id : found.label)
        }
        if !subtitle.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\">\(text(subtitle.joined(separator: " · ")))</TD></TR>")
        }
        // The problem answered, the target group, the resources: under the title.
        for line in words.lines(theory.context) {
            let wrapped = LabelText.wrap(LabelText.clip(line).0, width: Theme.contextWidth).map(text).joined(separator: "<BR/>")
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(wrapped)</FONT></TD></TR>")
        }
        // Only the levels the drawing has (all four for an empty theory).
        let levels = Set(theory.nodes.indices.filter { visible[$0] }.map { theory.nodes[$0].kind })
        var cells = NodeKind.allCases.filter { levels.isEmpty || levels.contains($0) }.map { kind -> String in
            let style = LevelStyle.of(kind)
            return "<TD BGCOLOR=\"\(style.fill)\" COLOR=\"\(style.border)\" BORDER=\"1\" CELLPADDING=\"3\">"
                + "<FONT POINT-SIZE=\"9\">\(text(words.level(kind)))</FONT></TD>"
        }
        if !nodeProblems.isEmpty || !edgeProblems.isEmpty {
            cells.append("<TD COLOR=\"\(Theme.problem)\" BORDER=\"2\" CELLPADDING=\"3\"><FONT POINT-SIZE=\"9\" "
                + "COLOR=\"\(Theme.problemText)\"><B>⚠ \(text(words.problem))</B></FONT></TD>")
        }
        if options.status != nil {
            for state in StatusState.allCases {
                cells.append("<TD BORDER=\"0\" CELLPADDING=\"3\"><FONT POINT-SIZE=\"9\" COLOR=\"\(state.textColour)\"><B>"
                    + text("\(state.symbol) \(state.word(words.language))") + "</B></FONT></TD>")
            }
        }
        let legendTable = "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"><TR>\(cells.joined())</TR></TABLE>"
        rows.append("<TR><TD ALIGN=\"LEFT\">\(legendTable)</TD></TR>")
        return "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(rows.joined())</TABLE>"
    }
}

extension String {
    /// The text with its first letter in capitals: `Kort sigt`.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
