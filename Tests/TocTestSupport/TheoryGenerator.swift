import TocSyntax

/// SplitMix64: a small seeded generator, so that a seed names a theory.
public struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    /// A generator whose output the seed fixes.
    public init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes valid theories in untidy layouts: random indentation (spaces or
/// tabs), spacing, blank lines, comments, keyword languages and case,
/// property order, areas with nodes indented under them, chains.
public struct TheoryGenerator {
    var random: SeededGenerator
    var lines: [String] = []
    let unit: String

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
        unit = ["  ", "    ", "\t", " "].randomElement(using: &random)!
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func keyword(_ keyword: Keyword) -> String {
        var word = keyword.spellings.randomElement(using: &random)!
        if chance(10) { word = word.uppercased() } else if chance(10) { word = word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    mutating func space() -> String { ["", " ", "  "].randomElement(using: &random)! }

    mutating func label() -> String {
        let words = ["Lektiecafé", "for", "børn", "Flere", "unge", "i", "job", "æøå", "#", "->", "<b>", "\"", "&", "50%", ":", "ÆØÅ", "—"]
        return (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
    }

    mutating func emit(_ text: String, depth: Int) {
        if chance(15) { lines.append(String(repeating: unit, count: depth) + "# kommentar \(lines.count) " + label()) }
        if chance(15) { lines.append(chance(50) ? "" : "   ") }
        lines.append(String(repeating: unit, count: depth) + text)
    }

    mutating func property(_ name: Keyword, _ value: String, depth: Int) {
        emit("\(keyword(name))\(space()):\(space())\(value)", depth: depth)
    }

    mutating func node(_ kind: NodeKind, id: String, depth: Int, areas: [String], ids: [String], inArea: Bool) {
        emit("\(keyword(kind.keyword)) \(id)\(space()):\(space())\(label())", depth: depth)
        var blocks: [(inout TheoryGenerator) -> Void] = []
        if !inArea, let area = areas.randomElement(using: &random), chance(50) {
            blocks.append { $0.property(.area, area, depth: depth + 1) }
        }
        if chance(40) { blocks.append { $0.property(.owner, $0.label(), depth: depth + 1) } }
        if chance(30) { blocks.append { $0.property(.assumption, $0.label(), depth: depth + 1) } }
        if chance(20) { blocks.append { $0.property(.targetGroup, $0.label(), depth: depth + 1) } }
        if kind == .activity, chance(20) { blocks.append { $0.property(.inputs, $0.label(), depth: depth + 1) } }
        if kind >= .outcome, chance(40) {
            blocks.append { $0.property(.term, ["kort", "mellemlang", "lang", "short", "Long"].randomElement(using: &$0.random)!, depth: depth + 1) }
        }
        for index in 0..<Int.random(in: 0...2, using: &random) {
            let named = chance(50)
            blocks.append { generator in
                let head = named ? "\(generator.keyword(.indicator)) \(id)_i\(index)\(generator.space()):\(generator.space())"
                    : "\(generator.keyword(.indicator))\(generator.space()):\(generator.space())"
                generator.emit(head + generator.label(), depth: depth + 1)
                var details: [(inout TheoryGenerator) -> Void] = []
                if generator.chance(60) { details.append { $0.property(.baseline, "\(Int.random(in: 1...90, using: &$0.random))% (2022)", depth: depth + 2) } }
                if generator.chance(60) {
                    let shape = ["", "mindst ", "under ", "højst ", "over "].randomElement(using: &generator.random)!
                    let range = generator.chance(15) ? "-95" : ""
                    let value = generator.chance(10) ? "flere" : "\(shape)\(Int.random(in: 1...90, using: &generator.random))\(range)% (2026)"
                    details.append { $0.property(.target, value, depth: depth + 2) }
                }
                if generator.chance(60) { details.append { $0.property(.source, $0.label(), depth: depth + 2) } }
                details.shuffle(using: &generator.random)
                for detail in details { detail(&generator) }
            }
        }
        if let target = ids.randomElement(using: &random), chance(70) {
            let more = ids.randomElement(using: &random)!
            blocks.append { generator in
                generator.emit("->\(generator.space())\(target)\(generator.space()),\(generator.space())\(more)", depth: depth + 1)
                if generator.chance(30) { generator.property(.assumption, generator.label(), depth: depth + 2) }
            }
        }
        blocks.shuffle(using: &random)
        for block in blocks { block(&self) }
    }

    /// A theory that parses (the caller checks).
    public static func theory(seed: UInt64) -> String {
        var generator = TheoryGenerator(seed: seed)
        var header: [(inout TheoryGenerator) -> Void] = [
            { $0.property(.theory, $0.label(), depth: 0) },
            { $0.property(.period, "2023-2026", depth: 0) },
        ]
        for (keyword, chance) in [(Keyword.problem, 30), (.targetGroup, 30), (.inputs, 30)] where generator.chance(chance) {
            header.append { $0.property(keyword, $0.label(), depth: 0) }
        }
        header.shuffle(using: &generator.random)
        for item in header { item(&generator) }
        let areas = (0..<Int.random(in: 0...3, using: &generator.random)).map { "område\($0)" }
        let count = Int.random(in: 1...12, using: &generator.random)
        let ids = (0..<count).map { "n\($0)" }
        var placed = 0
        for area in areas {
            generator.emit("\(generator.keyword(.area)) \(area)\(generator.space()):\(generator.space())\(generator.label())", depth: 0)
            let under = Int.random(in: 0...2, using: &generator.random)
            for _ in 0..<under where placed < count {
                generator.node(NodeKind.allCases.randomElement(using: &generator.random)!, id: ids[placed], depth: 1,
                               areas: areas, ids: ids, inArea: true)
                placed += 1
            }
        }
        while placed < count {
            generator.node(NodeKind.allCases.randomElement(using: &generator.random)!, id: ids[placed], depth: 0,
                           areas: areas, ids: ids, inArea: false)
            placed += 1
        }
        for _ in 0..<Int.random(in: 0...2, using: &generator.random) {
            // Now and then an id not declared yet, as when a facilitator types a chain first.
            let steps = (0..<Int.random(in: 2...4, using: &generator.random)).map { _ in
                generator.chance(10) ? "ny\(Int.random(in: 0...3, using: &generator.random))" : ids.randomElement(using: &generator.random)!
            }
            generator.emit(steps.joined(separator: "\(generator.space())->\(generator.space())"), depth: 0)
            if generator.chance(30) { generator.property(.assumption, generator.label(), depth: 1) }
        }
        if generator.chance(30) { generator.lines.append("# slut") }
        let newline = generator.chance(20) ? "\r\n" : "\n"
        return generator.lines.joined(separator: newline) + (generator.chance(80) ? newline : "")
    }
}
