import TocModel
import TocSyntax

/// What a diagram draws, before any layout: its boxes, the lines between
/// them and the areas' bands (issue #24). `DotBuilder` fills it from a
/// theory; `Columns` gives every box its column and `DotBuilder+Layout`
/// writes it for Graphviz with every column in the author's order;
/// `Pinning` draws the result with the areas as boxes around their bands.
struct Scene {
    /// What a box stands for.
    enum Role: Equatable {
        /// A node of the theory, by index.
        case node(Int)
        /// An id nobody declares yet (a dashed "?" box).
        case pending
        /// A second declaration of an id, beside the first (a box index).
        case duplicate(of: Int)
        /// The words on an edge (assumptions, problem marks), as a box of
        /// their own on the edge's way.
        case label
        /// The point where a bundle's lines meet: sources → point → targets.
        case junction
    }

    /// One box of the drawing.
    struct Box {
        /// The DOT name, quoted.
        var name: String
        /// The DOT attributes, without brackets.
        var attributes: String
        var role: Role
        /// The band it is drawn in: an area's index in `bands`, or
        /// `bands.count` for the band of nodes outside every area.
        var band: Int
        /// The order within a column: level, then place in the file.
        var key: [Int]
        /// Where it is written, for Graphviz's messages.
        var location: SourceLocation?
        /// The level, for the columns (nil for pending boxes and labels).
        var kind: NodeKind?

        /// Whether the box stands between the columns of the theory's nodes
        /// (labels and junctions), on a column of its own.
        var isBetween: Bool { role == .label || role == .junction }
    }

    /// A line of the drawing, from box to box.
    struct Link {
        var from: Int
        var to: Int
        /// The DOT attributes, without brackets (style, colour, arrowhead).
        var attributes: String
        /// Whether the line ends in an arrowhead at `to`.
        var arrow: Bool
        var location: SourceLocation?
    }

    /// An area drawn as a band.
    struct Band {
        /// The DOT name of its box (`cluster_ID`).
        var cluster: String
        /// The attributes of the box (label, style, colour).
        var attributes: String
        /// The estimated size of its title, in points.
        var title: (width: Double, height: Double)
    }

    var boxes: [Box] = []
    var links: [Link] = []
    var bands: [Band] = []
    /// The steps that decide the columns, between boxes that are not
    /// `isBetween`: each edge of the theory once, a bundle's as its edges.
    var steps: [(from: Int, to: Int)] = []
    /// For each label or junction box, the boxes it stands between.
    var between: [Int: (sources: [Int], targets: [Int])] = [:]
    /// Outcomes by horizon, shortest first, when they can each have a column.
    var horizons: [[Int]] = []

    /// Adds a box and returns its index.
    mutating func add(_ box: Box) -> Int {
        boxes.append(box)
        return boxes.count - 1
    }

    /// The band of nodes outside every area.
    var freeBand: Int { bands.count }
}
