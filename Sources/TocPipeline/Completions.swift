import TocModel
import TocSyntax

/// What may be typed at a position of a theory's text, for the page's text
/// pane and for editors (`toc lsp`): one answer for both. After `->` or a
/// comma of an edge list, the declared nodes (not areas, not the node
/// itself, not what the line names already); after `område:`, the areas;
/// at a line's start, the keywords that may stand there, in the file's
/// language. The text being typed need not parse.
public struct CompletionOffer: Sendable, Equatable {
    /// One thing that may be typed.
    public struct Item: Sendable, Equatable, Encodable {
        /// What is inserted (a keyword with its `: ` or space).
        public var insert: String
        /// What the list shows.
        public var show: String
        /// A node's or an area's label, shown beside it.
        public var note: String?
        /// For a keyword, its spelling in the other language; for a node or
        /// an area, the keyword that declares it as written (an editor's detail).
        public var alias: String?
        /// What it is: a node, an area or a keyword.
        public var kind: Kind
    }

    /// What an item is.
    public enum Kind: String, Sendable, Encodable {
        /// A node's id.
        case node
        /// An area's id.
        case area
        /// A keyword.
        case keyword
    }

    /// Where the word being completed starts, in UTF-16 code units from the
    /// text's start (as a browser counts).
    public var from: Int
    /// What may be typed there, in order.
    public var items: [Item]
}

extension Pipeline {
    /// What may be typed at `offset` (UTF-16 code units) of `text`; `others`
    /// are the texts of the files it includes, whose ids may be named too
    /// (or `declared`: their declarations and the text's, found already, as
    /// an editor keeps them). Nil where nothing is completed (inside a label
    /// or a comment).
    public static func completions(
        in text: String, at offset: Int, others: [String] = [], declared known: [IdOccurrence]? = nil
    ) -> CompletionOffer? {
        let position = max(0, min(offset, text.utf16.count))
        let caret = String.Index(utf16Offset: position, in: text)
        let lineStart = text[..<caret].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let before = String(text[lineStart..<caret])
        // Read only where ids are offered.
        lazy var declared = known ?? ([text] + others).flatMap { IdOccurrences.scan($0).filter(\.declares) }
        if let edge = before.firstMatch(of: /(?:->|,)\s*([\p{L}\p{N}_-]*)$/), before.contains("->"), !before.hasPrefix("#") {
            let typed = String(edge.output.1)
            let prefix = typed.lowercased()
            let own = nodeAt(text[..<lineStart], current: text[lineStart...].prefix { $0 != "\n" })
            let named = Set(before.dropLast(typed.count).split(whereSeparator: { " \t,>-".contains($0) }).map(String.init))
            var seen: Set<String> = []
            let items = declared.filter { !$0.isArea && $0.id != own && !named.contains($0.id) && seen.insert($0.id).inserted }
                .filter { $0.id.lowercased().hasPrefix(prefix) && $0.id.lowercased() != prefix }
                .map { CompletionOffer.Item(insert: $0.id, show: $0.id, note: $0.label, alias: $0.keyword?.lowercased(), kind: .node) }
            return CompletionOffer(from: position - typed.utf16.count, items: items)
        }
        if let area = before.wholeMatch(of: /\s+([\p{L}-]+)\s*:\s*([\p{L}\p{N}_-]*)/),
           Keyword.area.spellings.contains(String(area.output.1).lowercased()) {
            let typed = String(area.output.2)
            let items = declared.filter { $0.isArea && $0.id.hasPrefix(typed) && $0.id != typed }
                .map { CompletionOffer.Item(insert: $0.id, show: $0.id, note: $0.label, alias: $0.keyword?.lowercased(), kind: .area) }
            return CompletionOffer(from: position - typed.utf16.count, items: items)
        }
        if let standard = before.wholeMatch(of: /\s+([\p{L}-]+)\s*:\s*([\p{L}-]*)/),
           Keyword.standardArea.spellings.contains(String(standard.output.1).lowercased()) {
            // After `lbf-område:`, the standard intervention areas.
            let typed = String(standard.output.2).lowercased()
            let language = Keyword.language(of: text)
            let items = StandardArea.allCases.filter { $0.rawValue.hasPrefix(typed) && $0.rawValue != typed }
                .map { CompletionOffer.Item(insert: $0.rawValue, show: $0.rawValue, note: $0.name(language), alias: nil, kind: .keyword) }
            return CompletionOffer(from: position - standard.output.2.utf16.count, items: items)
        }
        guard let head = before.wholeMatch(of: /(\s*)([\p{L}-]+)/) else { return nil }
        let level = min(2, head.output.1.replacingOccurrences(of: "\t", with: "  ").count / 2)
        let language = Keyword.language(of: text)
        let prefix = head.output.2.lowercased()
        let items = Keyword.allCases.filter { $0.placements.contains(level) }.compactMap { keyword -> CompletionOffer.Item? in
            let word = keyword.spelling(in: language)
            guard word.lowercased().hasPrefix(prefix), word.lowercased() != prefix else { return nil }
            let declares = level == 0 && (keyword.nodeKind != nil || keyword == .area)
            return CompletionOffer.Item(insert: word + (declares ? " " : ": "), show: word, note: nil,
                        alias: keyword.spelling(in: language == .da ? .en : .da), kind: .keyword)
        }
        return CompletionOffer(from: position - head.output.2.utf16.count, items: items)
    }

    /// The node whose lines the `current` line is in: the declaration at or
    /// above it (`above`: the text before the line), read upwards.
    static func nodeAt(_ above: Substring, current: Substring) -> String? {
        if let found = declared(current) { return found }
        if current.first.map({ !$0.isWhitespace }) == true { return nil }
        var end = above.endIndex
        while end > above.startIndex {
            let lineEnd = above.index(before: end)  // the newline that ends the line above
            let start = above[..<lineEnd].lastIndex(of: "\n").map { above.index(after: $0) } ?? above.startIndex
            let line = above[start..<lineEnd]
            if let found = declared(line) { return found }
            if line.first.map({ !$0.isWhitespace }) == true, !line.hasPrefix("#") { return nil }
            end = start
        }
        return nil
    }

    /// The id a line declares, if it declares one.
    static func declared(_ line: Substring) -> String? {
        IdOccurrences.scan(line: line, number: 0).first(where: \.declares)?.id
    }

}
