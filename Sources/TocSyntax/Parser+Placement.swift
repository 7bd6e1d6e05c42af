/// Placing each statement in the structure of the file, by indentation.
extension ParserState {
    mutating func place(_ statement: Statement, under parent: Block?) -> Block {
        switch statement {
        case .invalid(let message, let at):
            error(message, at: at)
            return .ignored
        case .property(let keyword, let keywordRange, let value):
            return placeProperty(keyword, keywordRange: keywordRange, value: value, under: parent)
        case .declaration(let keyword, let keywordRange, let id, let label):
            return placeDeclaration(keyword, keywordRange: keywordRange, id: id, label: label, under: parent)
        case .edges(let arrow, let targets):
            guard case .node(let node) = parent else {
                error(LocalizedText(
                    "'->' has no node above it; indent it under the node the edges start from",
                    da: "'->' har ingen node over sig; ryk den ind under den node, pilene går fra"), at: arrow.lowerBound)
                return .ignored
            }
            file.nodes[node].edges.append(EdgeClause(
                arrowRange: range(arrow), targets: targets.map { identifier($0) }, assumptions: []))
            return .edges(node: node, index: file.nodes[node].edges.count - 1)
        case .chain(let steps):
            switch parent {
            case nil, .area:
                file.chains.append(ChainDecl(steps: steps.map { $0.map { identifier($0) } }, assumptions: []))
                return .chain(file.chains.count - 1)
            default:
                error(LocalizedText(
                    "a chain cannot be indented under a node; write it at the start of a line, or use '-> id' for edges from the node",
                    da: "en kæde kan ikke rykkes ind under en node; skriv den i starten af linjen, eller brug '-> id' til pile fra noden"),
                      at: line.start)
                return .ignored
            }
        }
    }

    private mutating func placeDeclaration(
        _ keyword: Keyword, keywordRange: Range<Int>, id: Range<Int>, label: Range<Int>, under parent: Block?
    ) -> Block {
        let word = text(keywordRange).value
        if keyword == .indicator {
            guard case .node(let node) = parent else {
                error(LocalizedText(
                    "'\(word)' has no node above it; indent it under the node it measures",
                    da: "'\(word)' har ingen node over sig; ryk den ind under den node, den måler"), at: keywordRange.lowerBound)
                return .ignored
            }
            return addIndicator(to: node, id: identifier(id), label: text(label), keywordRange: keywordRange)
        }
        if keyword == .area {
            guard parent == nil else {
                error(LocalizedText(
                    "an area is declared at the start of a line, not indented",
                    da: "et område erklæres i starten af en linje, ikke rykket ind"), at: keywordRange.lowerBound)
                return .ignored
            }
            file.areas.append(AreaDecl(id: identifier(id), label: text(label), keywordRange: range(keywordRange)))
            return .area(file.areas.count - 1)
        }
        guard let kind = keyword.nodeKind else { return .ignored }
        var area: Identifier?
        switch parent {
        case nil: break
        case .area(let index): area = file.areas[index].id
        default:
            error(LocalizedText(
                "a node is declared at the start of a line (or indented under its area), not under another line",
                da: "en node erklæres i starten af en linje (eller rykket ind under sit område), ikke under en anden linje"),
                  at: keywordRange.lowerBound)
        }
        file.nodes.append(NodeDecl(
            kind: kind, keywordRange: range(keywordRange), id: identifier(id), label: text(label), area: area))
        return .node(file.nodes.count - 1)
    }

    private mutating func addIndicator(to node: Int, id: Identifier?, label: Text, keywordRange: Range<Int>) -> Block {
        file.nodes[node].indicators.append(IndicatorDecl(
            id: id, label: label, baseline: nil, target: nil, source: nil, keywordRange: range(keywordRange)))
        return .indicator(node: node, index: file.nodes[node].indicators.count - 1)
    }

    private mutating func placeProperty(
        _ keyword: Keyword, keywordRange: Range<Int>, value: Range<Int>, under parent: Block?
    ) -> Block {
        let word = text(keywordRange)
        let at = keywordRange.lowerBound
        let valueText = text(value)
        if keyword.declares, keyword != .indicator, keyword != .area {
            error(LocalizedText(
                "'\(word.value)' needs an id before the colon, as in '\(word.value) \(keyword.exampleID): ...'",
                da: "'\(word.value)' skal have et id før kolonet, som i '\(word.value) \(keyword.exampleID): ...'"),
                  at: at)
            return .ignored
        }
        if valueText.value.isEmpty {
            error(LocalizedText(
                "missing value after '\(word.value):'", da: "der mangler en værdi efter '\(word.value):'"), at: value.lowerBound)
            return .ignored
        }
        switch keyword {
        case .theory, .period, .include:
            guard parent == nil else {
                error(LocalizedText(
                    "'\(word.value):' belongs at the start of a line, not indented",
                    da: "'\(word.value):' skal stå i starten af en linje, ikke rykket ind"), at: at)
                return .ignored
            }
            switch keyword {
            case .theory: return setTitle(valueText, word: word)
            case .period: return setPeriod(valueText, bytes: value)
            default:
                file.includes.append(IncludeDecl(path: valueText, keywordRange: range(keywordRange)))
                return .leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
            }
        case .area, .owner:
            guard case .node(let node) = parent else { return noOwner(word, wants: LocalizedText("node", da: "node")) }
            if keyword == .area {
                return setArea(of: node, value: value, word: word)
            }
            if file.nodes[node].owner != nil { return duplicateProperty(word) }
            file.nodes[node].owner = valueText
            return .leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
        case .indicator:
            guard case .node(let node) = parent else { return noOwner(word, wants: LocalizedText("node", da: "node")) }
            return addIndicator(to: node, id: nil, label: valueText, keywordRange: keywordRange)
        case .baseline, .target, .source:
            return setIndicatorDetail(keyword, word: word, value: valueText, under: parent)
        case .standardArea:
            guard case .area(let index) = parent else {
                error(LocalizedText(
                    "'\(word.value):' belongs to an area; indent it under its 'area ID: title' line",
                    da: "'\(word.value):' hører til et område; ryk den ind under dets 'område ID: titel'-linje"), at: byte(of: word))
                return .ignored
            }
            if file.areas[index].standard != nil { return duplicateProperty(word) }
            file.areas[index].standard = valueText
            return .leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
        case .problem, .targetGroup, .inputs, .term:
            return placeContext(keyword, word: word, value: valueText, at: value.lowerBound, under: parent)
        case .assumption:
            switch parent {
            case .node(let node): file.nodes[node].assumptions.append(valueText)
            case .edges(let node, let index): file.nodes[node].edges[index].assumptions.append(valueText)
            case .chain(let index): file.chains[index].assumptions.append(valueText)
            default: return noOwner(word, wants: LocalizedText("node, '->' line or chain", da: "node, '->'-linje eller kæde"))
            }
            return .leaf(LocalizedText("an assumption", da: "en antagelse"))
        default:
            return .ignored
        }
    }

    private mutating func setIndicatorDetail(_ keyword: Keyword, word: Text, value: Text, under parent: Block?) -> Block {
        guard case .indicator(let node, let index) = parent else {
            if case .node = parent {
                error(LocalizedText(
                    "'\(word.value):' belongs to an indicator; indent it under an 'indikator:' line",
                    da: "'\(word.value):' hører til en indikator; ryk den ind under en 'indikator:'-linje"),
                      at: byte(of: word))
                return .ignored
            }
            return noOwner(word, wants: LocalizedText("indicator", da: "indikator"))
        }
        var indicator = file.nodes[node].indicators[index]
        let measured = ValueDecl(text: value, value: MeasuredValue(parsing: value.value))
        switch keyword {
        case .baseline:
            if indicator.baseline != nil { return duplicateProperty(word) }
            indicator.baseline = measured
        case .target:
            if indicator.target != nil { return duplicateProperty(word) }
            indicator.target = measured
        default:
            if indicator.source != nil { return duplicateProperty(word) }
            indicator.source = value
        }
        file.nodes[node].indicators[index] = indicator
        return .leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
    }

    private mutating func setTitle(_ value: Text, word: Text) -> Block {
        if let existing = file.title {
            error(LocalizedText(
                "the theory already has a title (line \(existing.range.start.line))",
                da: "teorien har allerede en titel (linje \(existing.range.start.line))"), at: byte(of: word))
            return .ignored
        }
        file.title = value
        return .leaf(LocalizedText("the title", da: "titlen"))
    }

    private mutating func setPeriod(_ value: Text, bytes: Range<Int>) -> Block {
        if let existing = file.period {
            error(LocalizedText(
                "the theory already has a period (line \(existing.range.start.line))",
                da: "teorien har allerede en periode (linje \(existing.range.start.line))"), at: bytes.lowerBound)
            return .ignored
        }
        let parts = value.value.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
            .map { $0.trimmingCharacters(in: " ") }
        guard parts.count == 2, let start = Self.year(parts[0]), let end = Self.year(parts[1]) else {
            error(LocalizedText(
                "a period is two years, as in '2019-2022'", da: "en periode er to årstal, som i '2019-2022'"), at: bytes.lowerBound)
            return .ignored
        }
        guard start <= end else {
            error(LocalizedText(
                "the period ends (\(end)) before it starts (\(start))",
                da: "perioden slutter (\(end)) før den begynder (\(start))"), at: bytes.lowerBound)
            return .ignored
        }
        file.period = PeriodDecl(start: start, end: end, range: value.range)
        return .leaf(LocalizedText("the period", da: "perioden"))
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    private mutating func setArea(of node: Int, value: Range<Int>, word: Text) -> Block {
        var scanner = LineScanner(bytes: source.bytes, start: value.lowerBound, end: value.upperBound)
        guard let id = scanner.scanIdentifier(), scanner.atEnd else {
            error(LocalizedText(
                "'\(word.value):' takes the id of an area, as in '\(word.value): uddannelse'",
                da: "'\(word.value):' skal have et områdes id, som i '\(word.value): uddannelse'"), at: value.lowerBound)
            return .ignored
        }
        if file.nodes[node].area != nil { return duplicateProperty(word) }
        file.nodes[node].area = identifier(id)
        return .leaf(LocalizedText("'\(word.value):'", da: "'\(word.value):'"))
    }

    mutating func noOwner(_ word: Text, wants: LocalizedText) -> Block {
        error(LocalizedText(
            "'\(word.value):' has no \(wants.en) above it; indent it under the \(wants.en) it belongs to",
            da: "'\(word.value):' har ingen \(wants.da) over sig; ryk den ind under den \(wants.da), den hører til"),
              at: byte(of: word))
        return .ignored
    }

    mutating func duplicateProperty(_ word: Text) -> Block {
        error(LocalizedText(
            "'\(word.value):' is given twice here; keep one", da: "'\(word.value):' står her to gange; behold den ene"),
              at: byte(of: word))
        return .ignored
    }

    /// The byte offset where a keyword `Text` starts on the current line.
    func byte(of word: Text) -> Int {
        line.start
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        var result = self
        while result.first == set { result.removeFirst() }
        while result.last == set { result.removeLast() }
        return String(result)
    }
}
