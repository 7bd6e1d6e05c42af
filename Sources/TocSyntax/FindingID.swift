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

// The rules' ids: FindingID+Rules.swift, generated from Sources/TocChecks/Rules/
// by scripts/generate-rules.py.
