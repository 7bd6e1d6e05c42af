import Foundation
import TocPipeline
import TocLSPKit
import TocSyntax

/// Hover, folding ranges and code actions.
extension LanguageServer {
    func hover(_ at: PositionParams) -> JSONValue {
        let uri = at.textDocument.uri, position = at.position
        guard let text = documents[uri] else { return .null }
        let lines = textLines(text)
        let (line, column) = lines.column(of: position)
        var parts: [String] = []
        if let found = IdOccurrences.at(text, line: line, column: column) {
            parts.append(describe(found.id, area: found.isArea, uri: uri))
        } else if let word = IdOccurrences.tokens(lines.lines[max(0, line - 1)]).first,
                  column <= word.column + word.text.count, let keyword = Keyword.allCases.first(where: { $0.spellings.contains(word.text.lowercased()) }) {
            parts.append("**\(word.text)** (\(keyword.danish) / \(keyword.english)): " + KeywordMeanings.meaning(keyword).text(language))
        }
        // The rules of the findings here, in short.
        for finding in checked(uri)?.checked.diagnostics ?? [] where finding.location.file == nil && finding.location.line == line {
            let range = lines.word(line: finding.location.line, column: finding.location.column)
            guard range.start.character <= position.character, position.character <= max(range.end.character, range.start.character + 1),
                  let entry = Catalogue.entry(finding.rule) else { continue }
            parts.append("`\(finding.rule.rawValue)`: " + entry.summary.text(language))
        }
        guard !parts.isEmpty else { return .null }
        return .object(["contents": .object(["kind": .string("markdown"), "value": .string(parts.joined(separator: "\n\n"))])])
    }

    /// A node's level, label, area, owner and indicators; an area's label.
    func describe(_ id: String, area: Bool, uri: String) -> String {
        let words = Keyword.language(of: documents[uri] ?? "")
        guard let theory = checked(uri)?.checked.theory else { return "`\(id)`" }
        if area, let found = theory.areas.first(where: { $0.id == id }) {
            return "**\(Keyword.area.spelling(in: words))** `\(id)`: \(found.label)"
        }
        guard let node = theory.nodes.first(where: { $0.id == id }) else { return "`\(id)`" }
        var lines = ["**\(node.kind.keyword.spelling(in: words))** `\(id)`: \(node.label)"]
        var facts: [String] = []
        if let area = node.area { facts.append("\(Keyword.area.spelling(in: words)): \(area)") }
        if let owner = node.owner { facts.append("\(Keyword.owner.spelling(in: words)): \(owner)") }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
        for indicator in node.indicators {
            var line = "▸ \(indicator.label)"
            if let baseline = indicator.baseline, let target = indicator.target { line += ": \(baseline.text) → \(target.text)" }
            else if let target = indicator.target { line += " → \(target.text)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n\n")
    }

    func foldingRanges(_ uri: String) -> JSONValue {
        guard case .array(let symbols) = symbols(uri) else { return .array([]) }
        var ranges: [JSONValue] = []
        func add(_ symbol: JSONValue) {
            if let start = symbol["range"]?["start"]?["line"]?.int, let end = symbol["range"]?["end"]?["line"]?.int, end > start {
                ranges.append(.object(["startLine": .number(Double(start)), "endLine": .number(Double(end))]))
            }
            for child in symbol["children"]?.array ?? [] { add(child) }
        }
        symbols.forEach(add)
        return .array(ranges)
    }

    /// For an unknown id: the nearest declared one, or declaring it (the
    /// level in the action's title); for an unmeasured goal or outcome: an
    /// indicator skeleton under it.
    func codeActions(_ params: CodeActionParams) -> JSONValue {
        let uri = params.textDocument.uri
        guard let text = documents[uri] else { return .array([]) }
        let lines = textLines(text)
        let danish = Keyword.language(of: text) == .da
        let words: Language = danish ? .da : .en
        let declared = texts(around: uri).flatMap { occurrences(in: $0.text).filter(\.declares) }
        var actions: [JSONValue] = []
        func action(_ title: String, _ edits: [TextEdit], preferred: Bool = false) {
            let changes = JSONValue.from([uri: edits])
            actions.append(.object(["title": .string(title), "kind": .string("quickfix"), "isPreferred": .bool(preferred),
                                    "edit": .object(["changes": changes])]))
        }
        for diagnostic in params.context?.diagnostics ?? [] {
            guard let code = diagnostic.code?.string else { continue }
            let range = diagnostic.range
            let start = lines.column(of: range.start)
            if code == FindingID.undefinedReference.rawValue, let unknown = IdOccurrences.at(text, line: start.line, column: start.column) {
                let candidates = declared.filter { $0.isArea == unknown.isArea }.map(\.id)
                if let near = EditDistance.nearest(to: unknown.id, among: candidates) {
                    action(LocalizedText("Change to '\(near)'", da: "Ret til '\(near)'").text(language),
                           [TextEdit(range: range, newText: near)], preferred: true)
                }
                guard !unknown.isArea else { continue }
                for kind in NodeKind.allCases {
                    let keyword = kind.keyword.spelling(in: words)
                    let declaration = (text.hasSuffix("\n") || text.isEmpty ? "" : "\n") + "\n\(keyword) \(unknown.id): \(unknown.id)\n"
                    action(LocalizedText("Declare '\(unknown.id)' as \(keyword)", da: "Erklær '\(unknown.id)' som \(keyword)").text(language),
                           [TextEdit(range: LSPRange(start: lines.end, end: lines.end), newText: declaration)])
                }
            }
            if code == FindingID.unmeasuredGoal.rawValue || code == FindingID.unmeasuredOutcome.rawValue {
                let after = Position(line: range.start.line + 1, character: 0)
                let skeleton = danish
                    ? "  indikator: Beskriv hvad der måles\n    udgangspunkt: 0 % (2026)\n    målværdi: 0 % (2029)\n    kilde: Hvor tallet kommer fra\n"
                    : "  indicator: Say what is measured\n    baseline: 0 % (2026)\n    target: 0 % (2029)\n    source: Where the number comes from\n"
                action(LocalizedText("Add an indicator", da: "Tilføj en indikator").text(language),
                       [TextEdit(range: LSPRange(start: after, end: after), newText: skeleton)])
            }
        }
        return .array(actions)
    }
}

/// What each keyword means, for hover.
enum KeywordMeanings {
    static func meaning(_ keyword: Keyword) -> LocalizedText {
        switch keyword {
        case .theory: LocalizedText("the theory's title", da: "teoriens titel")
        case .period: LocalizedText("the years the theory covers", da: "de år, teorien dækker")
        case .area: LocalizedText("an intervention area, or the area a node belongs to", da: "et indsatsområde, eller det område en node hører til")
        case .activity: LocalizedText("something the programme does", da: "noget, indsatsen gør")
        case .output: LocalizedText("what an activity directly delivers", da: "det, en aktivitet direkte leverer")
        case .outcome: LocalizedText("a change for the target group", da: "en forandring for målgruppen")
        case .goal: LocalizedText("the long-term aim", da: "det langsigtede mål")
        case .owner: LocalizedText("who is responsible", da: "hvem der har ansvaret")
        case .indicator: LocalizedText("how a node is measured", da: "hvordan en node måles")
        case .baseline: LocalizedText("the value at the start", da: "værdien ved start")
        case .target: LocalizedText("the value aimed at", da: "den værdi, der sigtes mod")
        case .source: LocalizedText("where the number comes from", da: "hvor tallet kommer fra")
        case .assumption: LocalizedText("what must hold for the step to work", da: "hvad der skal holde, for at skridtet virker")
        case .include: LocalizedText("another file whose areas and nodes belong here", da: "en anden fil, hvis områder og noder hører med her")
        case .problem: LocalizedText("the problem the plan answers", da: "den udfordring, planen svarer på")
        case .targetGroup: LocalizedText("whom it reaches", da: "hvem den når")
        case .inputs: LocalizedText("money and staff", da: "penge og medarbejdere")
        case .term: LocalizedText("when an outcome is expected: short, medium, long", da: "hvornår et resultat ventes: kort, mellemlang, lang")
        case .standardArea: LocalizedText(
            "which of Landsbyggefonden's standard intervention areas this area is: uddannelse, beskæftigelse, kriminalitet, sammenhængskraft or forebyggelse",
            da: "hvilket af Landsbyggefondens indsatsområder dette område er: uddannelse, beskæftigelse, kriminalitet, sammenhængskraft eller forebyggelse")
        }
    }
}
