import TocModel
import TocMonitor
import TocSyntax

/// The theory written out as prose (issue #18): area by area and pathway by
/// pathway, what is done, what it delivers, what it changes and for whom,
/// what it leads to, on which assumptions, and how each step is measured.
/// Deterministic: the same theory always gives the same text.
public enum Narrative {
    /// One area's part: its title (none for activities outside any area),
    /// whom it is for, and one paragraph per activity.
    public struct Section: Sendable, Equatable {
        /// The area's title.
        public var title: String?
        /// A sentence on its target group, if it names one.
        public var lead: String?
        /// Per activity: its label, and the rest of the paragraph.
        public var paragraphs: [(activity: String, text: String)]

        /// Equal when titles, leads and paragraphs are.
        public static func == (a: Section, b: Section) -> Bool {
            a.title == b.title && a.lead == b.lead && a.paragraphs.map { [$0.activity, $0.text] } == b.paragraphs.map { [$0.activity, $0.text] }
        }
    }

    /// The heading, `Fortælling` / `Narrative`.
    public static func heading(_ language: Language) -> String { NarrativeWords(language: language).heading }

    /// The narrative's parts, area by area in file order, then activities
    /// outside any area.
    public static func sections(_ theory: Theory, language: Language) -> [Section] {
        let words = NarrativeWords(language: language)
        var groups: [(area: Area?, nodes: [Int])] = theory.areas.map { area in
            (area, theory.nodes.indices.filter { theory.nodes[$0].area == area.id })
        }
        let known = Set(theory.areas.map(\.id))
        groups.append((nil, theory.nodes.indices.filter { theory.nodes[$0].area.map { !known.contains($0) } ?? true }))
        // From the first level the theory has (its activities, or in a plan
        // without them its outputs or outcomes).
        let start = theory.nodes.map(\.kind).min() ?? .activity
        return groups.filter { group in group.nodes.contains { theory.nodes[$0].kind == start } }.map { group in
            Section(
                title: group.area.map { $0.label.isEmpty ? $0.id : $0.label },
                lead: group.area?.context.targetGroup.map(words.targetGroupSentence),
                paragraphs: group.nodes.filter { theory.nodes[$0].kind == start }.map { activity in
                    (theory.nodes[activity].label, paragraph(activity, theory: theory, words: words))
                })
        }
    }

    /// The narrative as Markdown, in `language` (`toc narrative`); `escape`
    /// makes text safe where Markdown would read it as markup: by default
    /// the one escaping of every Markdown toc writes (`PlanWriter.cell`), so
    /// a label's `<script>`, `<img onerror>` or `[x](javascript:…)` stays text.
    public static func markdown(
        _ theory: Theory, language: Language, level: Int = 2, escape: (String) -> String = PlanWriter.cell
    ) -> String {
        let hashes = String(repeating: "#", count: level)
        var out = "\(hashes) \(escape(heading(language)))\n\n"
        for section in sections(theory, language: language) {
            if let title = section.title { out += "\(hashes)# \(escape(title))\n\n" }
            if let lead = section.lead { out += escape(lead) + "\n\n" }
            for paragraph in section.paragraphs {
                out += "**\(escape(paragraph.activity))**. \(escape(paragraph.text))\n\n"
            }
        }
        return out
    }

    /// One activity's pathway: its steps in order, each with what it leads
    /// to, the assumptions on the way and how it is measured.
    static func paragraph(_ activity: Int, theory: Theory, words: NarrativeWords) -> String {
        var sentences: [String] = []
        let node = theory.nodes[activity]
        if let group = node.context.targetGroup { sentences.append(words.forWhom(group)) }
        var seen: Set<Int> = [activity]
        var told: Set<Int> = []
        var queue = [activity]
        while !queue.isEmpty {
            var from = queue.removeFirst()
            guard told.insert(from).inserted else { continue }
            var out = theory.edges.filter { $0.from == from && $0.to != from }
            guard !out.isEmpty else { continue }
            // A pathway read as one sentence while it does not branch:
            // "X leverer A, som fører til B, som fører til målet C."
            var sentence = words.leadsTo(
                subject: from == activity ? nil : "«\(theory.nodes[from].label)»", fromKind: theory.nodes[from].kind,
                targets: out.map { "«\(theory.nodes[$0.to].label)»" }, targetKind: sameKind(out.map { theory.nodes[$0.to].kind }))
            var assumptions = out.flatMap(\.assumptions)
            while out.count == 1, !seen.contains(out[0].to) {
                let next = out[0].to
                seen.insert(next)
                let further = theory.edges.filter { $0.from == next && $0.to != next }
                from = next
                out = further
                told.insert(next)
                guard further.count == 1, !seen.contains(further[0].to) else {
                    told.remove(next)
                    break
                }
                sentence += words.which(theory.nodes[further[0].to].kind == .goal, "«\(theory.nodes[further[0].to].label)»")
                assumptions += further[0].assumptions
            }
            sentences.append(sentence + ".")
            var unique: [String] = []
            for assumption in assumptions where !unique.contains(assumption) { unique.append(assumption) }
            if !unique.isEmpty { sentences.append(words.assuming(unique)) }
            // Where the sentence stopped: a step that branches is told next.
            if !told.contains(from), !out.isEmpty { queue.insert(from, at: 0) }
            for edge in theory.edges where edge.from == from && edge.to != from && !seen.contains(edge.to) {
                seen.insert(edge.to)
                queue.append(edge.to)
            }
        }
        for index in seen.sorted() where !theory.nodes[index].indicators.isEmpty {
            let step = theory.nodes[index]
            let measures = step.indicators.map { indicator -> String in
                var text = "«\(indicator.label)»"
                if let baseline = indicator.baseline, let target = indicator.target {
                    text += " " + words.fromTo(baseline.text, target.text)
                } else if let target = indicator.target {
                    text += " " + words.toward(target.text)
                }
                return text
            }
            sentences.append(words.measured("«\(step.label)»", by: measures))
        }
        if seen.count == 1 { sentences.append(words.leadsNowhere) }
        return sentences.joined(separator: " ")
    }
}

func sameKind(_ kinds: [NodeKind]) -> NodeKind? {
    Set(kinds).count == 1 ? kinds.first : nil
}

/// The narrative's words and grammar in Danish and English.
struct NarrativeWords {
    let language: Language
    var da: Bool { language == .da }

    var heading: String { da ? "Fortælling" : "Narrative" }
    var leadsNowhere: String { da ? "Aktiviteten fører endnu ikke videre." : "The activity does not lead further yet." }

    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (da ? " og " : " and ") + items[items.count - 1]
    }

    func targetGroupSentence(_ group: String) -> String {
        da ? "Området retter sig mod \(group)." : "The area is for \(group)."
    }

    func forWhom(_ group: String) -> String { da ? "Den er for \(group)." : "It is for \(group)." }

    /// `Det leverer «A» og «B».` / `«A» fører til målet «G».`
    func leadsTo(subject: String?, fromKind: NodeKind, targets: [String], targetKind: NodeKind?) -> String {
        let plural = targets.count > 1
        let noun: String
        switch (targetKind, da) {
        case (.goal?, true): noun = plural ? "målene " : "målet "
        case (.goal?, false): noun = plural ? "the goals " : "the goal "
        default: noun = ""
        }
        let verb: String
        if fromKind == .activity, targetKind == .output {
            verb = da ? "leverer" : "delivers"
        } else {
            verb = da ? "fører til" : "leads to"
        }
        let who = subject ?? {
            switch (fromKind, da) {
            case (.activity, true): "Aktiviteten"
            case (.activity, false): "The activity"
            case (.output, true): "Leverancen"
            case (.output, false): "The output"
            case (.outcome, true): "Resultatet"
            case (.outcome, false): "The outcome"
            case (.goal, true): "Målet"
            case (.goal, false): "The goal"
            }
        }()
        return "\(who) \(verb) \(noun)\(list(targets))"
    }

    /// `, som fører til «B»` / `, which leads to the goal «G»`.
    func which(_ goal: Bool, _ target: String) -> String {
        da ? ", som fører til \(goal ? "målet " : "")\(target)" : ", which leads to \(goal ? "the goal " : "")\(target)"
    }

    func assuming(_ assumptions: [String]) -> String {
        da ? "Det forudsætter, at \(list(assumptions.map(lowerFirst)))." : "This assumes that \(list(assumptions.map(lowerFirst)))."
    }

    func lowerFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first.map({ !$0.isUppercase }) ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }

    func fromTo(_ baseline: String, _ target: String) -> String {
        da ? "(fra \(baseline) til \(target))" : "(from \(baseline) to \(target))"
    }

    func toward(_ target: String) -> String { da ? "(mål: \(target))" : "(target: \(target))" }

    func measured(_ step: String, by measures: [String]) -> String {
        da ? "\(step) måles ved \(list(measures))." : "\(step) is measured by \(list(measures))."
    }
}
