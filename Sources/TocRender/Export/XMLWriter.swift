import TocSyntax

/// An XML element, and the one way `toc` writes the XML of PowerPoint
/// slides, draw.io files, Word documents and Excel workbooks: attributes in the order given, every value
/// and text escaped once (`XMLNode.escape`), an element with neither
/// children nor text closed as `<name/>`. The packages' fixed parts (theme,
/// master, content types) are templates in `PowerPointParts`.
public struct XMLNode: Sendable {
    let name: String
    var attributes: [(String, String)]
    var children: [XMLNode]
    var text: String?
    /// Written after the element's end (draw.io puts each cell on a line).
    var after = ""
    /// Whether its children start on a line of their own.
    var opensLine = false

    /// An element with attributes (in order), children and text.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil, after: String = "",
         opensLine: Bool = false, @XMLChildren _ children: () -> [XMLNode] = { [] }) {
        self.name = name
        self.attributes = attributes.map { ($0.key, $0.value) }
        self.children = children()
        self.text = text
        self.after = after
        self.opensLine = opensLine
    }

    /// The element with one more attribute at the end, when `value` is not nil.
    public func adding(_ name: String, _ value: String?) -> XMLNode {
        guard let value else { return self }
        var copy = self
        copy.attributes.append((name, value))
        return copy
    }

    /// The element as XML text.
    public var string: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        out += "<" + name
        for (key, value) in attributes { out += " \(key)=\"\(Self.escape(value))\"" }
        if children.isEmpty, text == nil {
            out += "/>" + after
            return
        }
        out += opensLine ? ">\n" : ">"
        if let text { out += Self.escape(text) }
        for child in children { child.write(to: &out) }
        out += "</\(name)>" + after
    }

    /// A value for an attribute or element text: HTML's escaping, which
    /// shows control characters as `\u001B` text, and the two
    /// non-characters XML forbids replaced.
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF }
            ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : $0 }))
            : text
        return HTMLText.escape(allowed)
    }
}

/// Children of an element, written in a block: elements, optional ones,
/// loops and lists of them.
@resultBuilder
public enum XMLChildren {
    public static func buildExpression(_ node: XMLNode) -> [XMLNode] { [node] }
    public static func buildExpression(_ nodes: [XMLNode]) -> [XMLNode] { nodes }
    public static func buildBlock(_ parts: [XMLNode]...) -> [XMLNode] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [XMLNode]?) -> [XMLNode] { part ?? [] }
    public static func buildEither(first part: [XMLNode]) -> [XMLNode] { part }
    public static func buildEither(second part: [XMLNode]) -> [XMLNode] { part }
    public static func buildArray(_ parts: [[XMLNode]]) -> [XMLNode] { parts.flatMap { $0 } }
}
