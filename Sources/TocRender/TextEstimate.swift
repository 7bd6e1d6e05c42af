import Foundation
import TocModel

/// The size text will take in a drawing, estimated before layout from the
/// DejaVu Sans files `toc` measures with (`FontMetrics`), or from an average
/// width when they are missing. Used where room must be kept before
/// Graphviz has measured: the areas' titles above their bands.
enum TextEstimate {
    /// DejaVu Sans and its bold face, read once.
    static let fonts: (regular: FontMetrics, bold: FontMetrics)? = {
        guard let folder = OwnTextLayout.fontFolders.first(where: { access("\($0)/DejaVuSans.ttf", R_OK) == 0 }),
              let regular = FontMetrics(path: "\(folder)/DejaVuSans.ttf"),
              let bold = FontMetrics(path: "\(folder)/DejaVuSans-Bold.ttf") else { return nil }
        return (regular, bold)
    }()

    /// The width of one line, in points.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        guard let fonts else { return Double(text.count) * size * (bold ? 0.66 : 0.6) }
        return (bold ? fonts.bold : fonts.regular).width(of: text, size: size)
    }

    /// An area's title block (its name in bold at 12 points, its problem,
    /// target group and resources at 9 points, wrapped as `DotBuilder`
    /// wraps them), with Graphviz's padding, in points.
    static func areaTitle(_ area: Area, lines: [String]) -> (width: Double, height: Double) {
        var width = Self.width(area.label.isEmpty ? area.id : area.label, size: 12, bold: true)
        var height = 12 * 1.2
        for line in lines {
            for part in LabelText.wrap(LabelText.clip(line).0, width: Theme.contextWidth) {
                width = max(width, Self.width(part, size: 9))
                height += 9 * 1.2
            }
        }
        return (width + 4, height + 4)
    }
}
