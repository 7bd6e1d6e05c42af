/// The stable id of a kind of finding, such as `orphan-activity` or
/// `parse-error`: what output, `toc.yml` and `toc rules` name it by.
///
/// Every id any stage can emit is a constant here, so no stage spells an id
/// as a string of its own; the catalogue (TocChecks' `Catalogue`) gives each
/// its level, its words and its documentation.
public struct FindingID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The id as written, `orphan-activity`.
    public let rawValue: String

    /// An id from its written form (as read from `toc.yml` or a command line).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id as written.
    public var description: String { rawValue }

    /// Ids sort by their written form.
    public static func < (lhs: FindingID, rhs: FindingID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Encodes as the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Decodes from the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
}

// MARK: Problems the stages report themselves

extension FindingID {
    /// A line cannot be read (parser).
    public static let parseError = FindingID(rawValue: "parse-error")
    /// The file is not UTF-8 text (source).
    public static let invalidEncoding = FindingID(rawValue: "invalid-encoding")
    /// Indentation mixes tabs and spaces (parser).
    public static let mixedIndentation = FindingID(rawValue: "mixed-indentation")
    /// The file declares no nodes (checker).
    public static let emptyTheory = FindingID(rawValue: "empty-theory")
    /// An included file is missing, a folder, not a `.ft` file, outside the tree, or includes itself (model).
    public static let includeError = FindingID(rawValue: "include-error")
    /// A text is too long for the diagram (render).
    public static let longLabel = FindingID(rawValue: "long-label")
    /// `toc.yml` has a problem (pipeline).
    public static let configError = FindingID(rawValue: "config-error")
    /// A measurement cannot be used (monitor).
    public static let measurementError = FindingID(rawValue: "measurement-error")
    /// The diagram cannot be drawn (render).
    public static let renderError = FindingID(rawValue: "render-error")
}

// MARK: The rules

extension FindingID {
    /// An activity has no path to any goal.
    public static let orphanActivity = FindingID(rawValue: "orphan-activity")
    /// A goal has no indicator.
    public static let unmeasuredGoal = FindingID(rawValue: "unmeasured-goal")
    /// An edge or `area:` names an id nobody declares.
    public static let undefinedReference = FindingID(rawValue: "undefined-reference")
    /// Two declarations share an id.
    public static let duplicateID = FindingID(rawValue: "duplicate-id")
    /// An edge runs to a lower level.
    public static let reverseEdge = FindingID(rawValue: "reverse-edge")
    /// No activity has a path to a goal.
    public static let unreachedGoal = FindingID(rawValue: "unreached-goal")
    /// An output or outcome leads to no goal.
    public static let deadEnd = FindingID(rawValue: "dead-end")
    /// An edge skips a level.
    public static let levelLeap = FindingID(rawValue: "level-leap")
    /// An outcome has no indicator.
    public static let unmeasuredOutcome = FindingID(rawValue: "unmeasured-outcome")
    /// Edges form a loop.
    public static let cycle = FindingID(rawValue: "cycle")
    /// An indicator has no target or no source.
    public static let incompleteIndicator = FindingID(rawValue: "incomplete-indicator")
    /// An indicator has a target but no baseline.
    public static let targetWithoutBaseline = FindingID(rawValue: "target-without-baseline")
    /// A target's year lies outside the theory's period.
    public static let targetOutsidePeriod = FindingID(rawValue: "target-outside-period")
    /// An activity names nobody responsible.
    public static let unownedActivity = FindingID(rawValue: "unowned-activity")
    /// An area leads to no goal.
    public static let areaWithoutGoal = FindingID(rawValue: "area-without-goal")
    /// The same edge is written twice.
    public static let duplicateEdge = FindingID(rawValue: "duplicate-edge")
    /// The diagram is too large to read.
    public static let oversizedDiagram = FindingID(rawValue: "oversized-diagram")
    /// No activity has a path to an output or outcome.
    public static let unreachedOutcome = FindingID(rawValue: "unreached-outcome")
    /// A target has no number, so no measurement can reach it.
    public static let unjudgeableTarget = FindingID(rawValue: "unjudgeable-target")
    /// An edge runs from a longer horizon (`sigt:`) to a shorter one.
    public static let reverseHorizon = FindingID(rawValue: "reverse-horizon")
}
