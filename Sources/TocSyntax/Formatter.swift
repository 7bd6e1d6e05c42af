/// The canonical layout of theory files (`toc fmt`).
///
/// Two spaces per level; `keyword id: label`, `keyword: value`, `-> a, b`
/// and `a -> b, c -> d` with single spaces; a node's lines in a fixed order
/// (area, owner, assumptions, indicators with baseline, target and source,
/// then `->` lines) with no blank lines among them; the header (title,
/// period, includes) first, then one blank line; one blank line before an
/// area with nodes indented under it. Between areas, nodes and chains a blank line stays where the author
/// left one (several become one), so compact runs of one-line nodes stay
/// compact. The order of areas, nodes and chains is the author's, each
/// comment stays with the line below it, and labels and values are verbatim.
public enum Formatter {
    /// The formatted text, or nil when the file has parse errors (which
    /// the caller reports; the file must then be left as it is).
    ///
    /// With `order` (node ids), the node declarations at each level of the
    /// file (at the top, or under one area) take the places the file gives
    /// them in that order, each with its comments and the lines under it
    /// (`toc fmt --order crossings`); nodes not named keep their places.
    public static func format(_ source: SourceFile, keywords: Language? = nil, order: [String]? = nil) -> String? {
        guard !source.isBinary, !Parser.parse(source).hasErrors else { return nil }
        var builder = FormatTree(source: source, keywords: keywords)
        builder.build(SyntaxTree(source))
        if let order {
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            builder.roots = FormatTree.reordered(builder.roots, rank: rank)
        }
        var printer = FormatPrinter()
        // Comments above the first line of the file stay at the top, even
        // when the header is moved up.
        if !builder.roots.isEmpty {
            for comment in builder.roots[0].comments { printer.line(comment.text, indent: 0) }
            builder.roots[0].comments = []
        }
        printer.printTop(builder.roots)
        for comment in builder.trailingComments {
            if comment.blankBefore { printer.blank() }
            printer.line(comment.text, indent: 0)
        }
        return printer.text
    }
}

/// One statement line with its comments and the lines indented under it.
struct FormatItem {
    enum Kind: Int {
        // One order serves the header (title, period, an area's standard, problem, target group,
        // inputs, includes) and a node (area, term, target group, inputs,
        // owner, assumptions, indicators, edges).
        case title, period, standardArea, problem, areaReference, term, targetGroup, inputs, include, area, owner, assumption, indicator
        case baseline, target, source, node, edges, chain

        /// Lines of the header when at the top, and of an area before its nodes.
        var isContext: Bool { [.standardArea, .problem, .targetGroup, .inputs].contains(self) }
    }

    var kind: Kind
    var text: String
    /// A node declaration's id.
    var id: String? = nil
    var comments: [FormatComment]
    /// Whether a blank line stood between this line (or its comments) and the line before.
    var blankBefore: Bool
    var children: [FormatItem] = []
}

/// A comment line, and whether a blank line stood above it.
struct FormatComment {
    var text: String
    var blankBefore: Bool
}

/// Turns the parse's syntax tree into `FormatItem`s: each line's text in
/// canonical spelling, with its comments and the lines under it.
struct FormatTree {
    let source: SourceFile
    let keywords: Language?
    var roots: [FormatItem] = []
    var trailingComments: [FormatComment] = []

    init(source: SourceFile, keywords: Language?) {
        self.source = source
        self.keywords = keywords
    }

    mutating func build(_ tree: SyntaxTree) {
        let (top, under) = tree.children()
        func item(at index: Int) -> FormatItem {
            let line = tree.lines[index]
            var made = self.item(line.statement, comments: line.comments.map(comment))
            made.blankBefore = line.blankBefore
            made.children = under[index].map(item(at:))
            return made
        }
        roots = top.map(item(at:))
        trailingComments = tree.trailingComments.map(comment)
    }

    /// The items with their node declarations in the order of `rank`, in
    /// the places node declarations had (and so inside each area).
    static func reordered(_ items: [FormatItem], rank: [String: Int]) -> [FormatItem] {
        var result = items.map { item in
            var item = item
            if item.kind == .area { item.children = reordered(item.children, rank: rank) }
            return item
        }
        let slots = result.indices.filter { result[$0].kind == .node && result[$0].id.flatMap { rank[$0] } != nil }
        let moved = slots.map { result[$0] }.sorted { rank[$0.id!]! < rank[$1.id!]! }
        let blanks = slots.map { result[$0].blankBefore }
        for (position, slot) in slots.enumerated() {
            result[slot] = moved[position]
            // The blank lines stay where they were in the file.
            result[slot].blankBefore = blanks[position]
        }
        return result
    }

    func comment(_ comment: SyntaxTree.Comment) -> FormatComment {
        FormatComment(text: text(comment.range), blankBefore: comment.blankBefore)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: source.bytes[range], as: UTF8.self).trimmingSpaces()
    }

    func word(_ keyword: Keyword, _ range: Range<Int>) -> String {
        keywords.map(keyword.spelling(in:)) ?? text(range).lowercased()
    }

    func item(_ statement: Statement, comments: [FormatComment]) -> FormatItem {
        switch statement {
        case .property(let keyword, let range, let value):
            let kinds: [Keyword: FormatItem.Kind] = [
                .theory: .title, .period: .period, .include: .include, .area: .areaReference, .owner: .owner,
                .assumption: .assumption, .indicator: .indicator, .baseline: .baseline, .target: .target, .source: .source,
                .problem: .problem, .targetGroup: .targetGroup, .inputs: .inputs, .term: .term, .standardArea: .standardArea,
            ]
            return FormatItem(kind: kinds[keyword] ?? .assumption, text: "\(word(keyword, range)): \(text(value))", comments: comments, blankBefore: false)
        case .declaration(let keyword, let range, let id, let label):
            let kind: FormatItem.Kind = keyword == .area ? .area : keyword == .indicator ? .indicator : .node
            return FormatItem(kind: kind, text: "\(word(keyword, range)) \(text(id)): \(text(label))",
                              id: kind == .node ? text(id) : nil, comments: comments, blankBefore: false)
        case .edges(_, let targets):
            return FormatItem(kind: .edges, text: "-> " + targets.map(text).joined(separator: ", "), comments: comments, blankBefore: false)
        case .chain(let steps):
            let written = steps.map { $0.map(text).joined(separator: ", ") }.joined(separator: " -> ")
            return FormatItem(kind: .chain, text: written, comments: comments, blankBefore: false)
        case .invalid:
            // Not reached: files with parse errors are not formatted.
            return FormatItem(kind: .assumption, text: "", comments: comments, blankBefore: false)
        }
    }
}

/// Writes `FormatItem`s in the canonical layout.
struct FormatPrinter {
    var text = ""
    private var lastTopKind: FormatItem.Kind?

    mutating func line(_ content: String, indent: Int) {
        text += String(repeating: "  ", count: indent) + content + "\n"
    }

    mutating func blank() {
        if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
    }

    mutating func printTop(_ items: [FormatItem]) {
        // The header first, in a fixed order; the rest in the author's order.
        let inHeader = { (item: FormatItem) in [.title, .period, .include].contains(item.kind) || item.kind.isContext }
        let header = Self.inKindOrder(items.filter(inHeader))
        for item in header { print(item, indent: 0, blanks: false) }
        var first = true
        for item in items where !inHeader(item) {
            if first || (item.kind == .area && !item.children.isEmpty) { blank() }
            print(item, indent: 0, blanks: true)
            first = false
        }
    }

    /// Prints an item; `blanks` keeps the author's blank lines above it and
    /// its comments (between areas, nodes and chains, not inside a node).
    mutating func print(_ item: FormatItem, indent: Int, blanks: Bool) {
        for comment in item.comments {
            if blanks, comment.blankBefore { blank() }
            line(comment.text, indent: indent)
        }
        if blanks, item.blankBefore { blank() }
        line(item.text, indent: indent)
        // Within a node and an indicator, lines go in a fixed order; an area's
        // problem, target group and inputs come first, then its nodes in theirs.
        let children = item.kind == .area
            ? Self.inKindOrder(item.children.filter(\.kind.isContext)) + item.children.filter { !$0.kind.isContext }
            : Self.inKindOrder(item.children)
        for child in children { print(child, indent: indent + 1, blanks: item.kind == .area && !child.kind.isContext) }
    }

    /// Items in the order of their kinds; items of one kind keep their order.
    static func inKindOrder(_ items: [FormatItem]) -> [FormatItem] {
        items.enumerated().sorted { ($0.element.kind.rawValue, $0.offset) < ($1.element.kind.rawValue, $1.offset) }.map(\.element)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
