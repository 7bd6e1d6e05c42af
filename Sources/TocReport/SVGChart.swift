import Foundation
import TocRender
import TocSyntax

/// A small chart drawn by `toc` as SVG, with no script: `role="img"`, a
/// `<title>` and a `<desc>` that says in words what the chart shows (its
/// text equivalent), and text at 11 px or more in colours that keep WCAG AA
/// contrast on white.
struct SVGChart {
    /// Width and height in CSS pixels.
    var width: Double
    var height: Double
    /// What the chart is of.
    var title: String
    /// The chart in words.
    var description: String
    /// Unique within the document: the title's and description's ids.
    var id: String
    /// The drawing.
    var body = ""

    static let font = "DejaVu Sans, sans-serif"
    static let ink = "#1A1A1A"
    static let quiet = "#595959"
    static let grid = "#D9D9D9"

    /// The whole `<svg>` element.
    var document: String {
        let (w, h) = (Self.number(width), Self.number(height))
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(Self.font)\" font-size=\"12\">\n"
            + "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n"
            + "<desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>\n"
            + "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>\n" + body + "</svg>\n"
    }

    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
        colour: String = SVGChart.ink, bold: Bool = false
    ) {
        body += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.number(size))\""
            + " fill=\"\(colour)\"\(bold ? " font-weight=\"bold\"" : "")>\(HTMLText.escape(content))</text>\n"
    }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, colour: String, width: Double = 1, dash: String? = nil
    ) {
        body += "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
            + " stroke=\"\(colour)\" stroke-width=\"\(Self.number(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, opacity: Double? = nil
    ) {
        body += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\""
            + " height=\"\(Self.number(max(0, height)))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + (opacity.map { " fill-opacity=\"\(Self.number($0))\"" } ?? "") + "/>\n"
    }

    /// Lines of text centred on `centre` vertically.
    mutating func lines(_ lines: [String], x: Double, centre: Double, size: Double, bold: Bool = false) {
        let step = size * 1.25
        let first = centre - step * Double(lines.count - 1) / 2 + size * 0.35
        for (index, line) in lines.enumerated() {
            text(line, x: x, y: first + step * Double(index), size: size, bold: bold)
        }
    }

    /// Words wrapped at `width` characters into at most `lines` lines, the
    /// last shortened with "…" when the text is longer.
    static func wrapped(_ text: String, width: Int, lines: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { result.append(current) }
        guard result.count > lines || result.contains(where: { $0.count > width }) else { return result }
        var kept = Array(result.prefix(lines)).map { $0.count > width ? String($0.prefix(width - 1)) + "…" : $0 }
        if result.count > lines, var last = kept.popLast() {
            if last.count >= width { last = String(last.prefix(width - 1)) }
            kept.append(last.hasSuffix("…") ? last : last + "…")
        }
        return kept
    }

    /// A number for SVG: at most two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }

    /// A size for a reader, with one decimal (Danish decimal comma).
    static func oneDecimal(_ value: Double, language: Language) -> String {
        let text = String(format: "%.1f", value)
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A number for a reader: Danish decimal comma, at most one decimal
    /// (two below 10), no trailing zeros.
    static func reading(_ value: Double, language: Language) -> String {
        let decimals = abs(value) < 10 ? 2 : 1
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
