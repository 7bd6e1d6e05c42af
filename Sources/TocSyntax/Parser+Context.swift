/// Placing what real plans say around the graph: `udfordring:`,
/// `målgruppe:`, `ressourcer:` (the theory's, an area's or a node's) and
/// `sigt:` (an outcome's or goal's horizon).
extension ParserState {
    mutating func placeContext(_ keyword: Keyword, word: Text, value: Text, at valueByte: Int, under parent: Block?) -> Block {
        let said = Block.leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
        if keyword == .term { return placeHorizon(word: word, value: value, at: valueByte, under: parent) }
        switch parent {
        case nil:
            guard set(keyword, value, in: &file.context) else { return duplicateProperty(word) }
        case .area(let index):
            guard set(keyword, value, in: &file.areas[index].context) else { return duplicateProperty(word) }
        case .node(let node):
            let kind = file.nodes[node].kind
            if keyword == .problem {
                error(LocalizedText(
                    "'\(word.value):' belongs to the theory or an area; write it at the start of a line or under an area",
                    da: "'\(word.value):' hører til teorien eller et område; skriv den i starten af en linje eller under et område"),
                      at: byte(of: word))
                return .ignored
            }
            if keyword == .inputs, kind != .activity {
                error(LocalizedText(
                    "'\(word.value):' belongs to the theory, an area or an activity, not to \(kind.article.en)",
                    da: "'\(word.value):' hører til teorien, et område eller en aktivitet, ikke til \(kind.article.da)"),
                      at: byte(of: word))
                return .ignored
            }
            guard set(keyword, value, in: &file.nodes[node].context) else { return duplicateProperty(word) }
        default:
            return noOwner(word, wants: LocalizedText("theory, area or node", da: "teori, område eller node"))
        }
        return said
    }

    /// Sets one context line; false when it was given already.
    private func set(_ keyword: Keyword, _ value: Text, in context: inout Context) -> Bool {
        switch keyword {
        case .problem:
            guard context.problem == nil else { return false }
            context.problem = value
        case .targetGroup:
            guard context.targetGroup == nil else { return false }
            context.targetGroup = value
        default:
            guard context.inputs == nil else { return false }
            context.inputs = value
        }
        return true
    }

    private mutating func placeHorizon(word: Text, value: Text, at valueByte: Int, under parent: Block?) -> Block {
        guard case .node(let node) = parent, file.nodes[node].kind >= .outcome else {
            error(LocalizedText(
                "'\(word.value):' belongs to an outcome or a goal; indent it under one",
                da: "'\(word.value):' hører til et resultat eller et mål; ryk den ind under et"), at: byte(of: word))
            return .ignored
        }
        guard let horizon = Horizon(word: value.value) else {
            error(LocalizedText(
                "'\(value.value)' is not a horizon; write short, medium or long (kort, mellemlang, lang)",
                da: "'\(value.value)' er ikke et sigt; skriv kort, mellemlang eller lang (short, medium, long)"),
                  at: valueByte)
            return .ignored
        }
        if file.nodes[node].horizon != nil { return duplicateProperty(word) }
        file.nodes[node].horizon = horizon
        return .leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
    }
}

extension NodeKind {
    /// The kind with its article, for messages: `an activity` / `en aktivitet`.
    var article: LocalizedText {
        switch self {
        case .activity: LocalizedText("an activity", da: "en aktivitet")
        case .output: LocalizedText("an output", da: "et output")
        case .outcome: LocalizedText("an outcome", da: "et resultat")
        case .goal: LocalizedText("a goal", da: "et mål")
        }
    }
}
