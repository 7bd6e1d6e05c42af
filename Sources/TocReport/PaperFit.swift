import Foundation

/// How a diagram prints on A4 (issue #18): scaled down to fit inside 15 mm
/// margins, on a portrait page or, when that prints it larger, a landscape
/// one; never scaled up. Node text is 11 pt in the drawing, so it prints at
/// 11 pt times the scale.
public struct PaperFit: Sendable, Equatable {
    /// The drawing's width in points.
    public var width: Double
    /// The drawing's height in points.
    public var height: Double

    static let page = (short: 595.3, long: 841.9)
    static let margin = 42.5
    /// The size of node text in the drawing, in points.
    public static let nodeText = 11.0
    /// The least size node text may print at.
    public static let minimumText = 7.0

    /// From an SVG: its `width="…pt"` and `height="…pt"`; nil without them.
    /// (Reports choose a layout on SVG, which Graphviz draws quickest.)
    public init?(svg bytes: [UInt8]) {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let width = Self.attribute("width", in: head), let height = Self.attribute("height", in: head) else { return nil }
        self.width = width
        self.height = height
    }

    private static func attribute(_ name: String, in text: String) -> Double? {
        guard let svg = text.range(of: "<svg"), let start = text.range(of: " \(name)=\"", range: svg.upperBound..<text.endIndex),
              let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        let value = text[start.upperBound..<end]
        guard value.hasSuffix("pt") else { return nil }
        return Double(value.dropLast(2))
    }

    private func scale(across: Double, down: Double) -> Double {
        min(1, (across - 2 * Self.margin) / width, (down - 2 * Self.margin) / height)
    }

    /// True when a landscape page prints it larger than a portrait one.
    public var landscape: Bool { scale(across: Self.page.long, down: Self.page.short) > scale(across: Self.page.short, down: Self.page.long) }

    /// The scale it prints at, on the better page.
    public var scale: Double {
        max(scale(across: Self.page.long, down: Self.page.short), scale(across: Self.page.short, down: Self.page.long))
    }

    /// The size node text prints at, in points.
    public var textSize: Double { Self.nodeText * scale }

    /// Whether node text prints at 7 pt or more, with 5 % to spare: the
    /// size is read from the SVG, and PNG and PDF measure their text with
    /// Pango, whose boxes come out a little wider.
    public var isReadable: Bool { textSize >= Self.minimumText * 1.05 - 1e-9 }
}
