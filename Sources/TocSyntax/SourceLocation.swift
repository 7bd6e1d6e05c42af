/// A position in a theory file: 1-based line and 1-based column.
///
/// The column counts characters as a person does (grapheme clusters), so
/// `æ`, `ø`, `å` and emoji each count as one.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int
    /// The file, when it is not the theory's own file but one it includes
    /// (`inkluder:`); nil for the file being checked.
    public var file: String?

    /// Creates a location from a 1-based line and column (and the included
    /// file it is in, if any).
    public init(line: Int, column: Int, file: String? = nil) {
        self.line = line
        self.column = column
        self.file = file
    }

    /// Orders locations by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, as used in messages.
    public var description: String { "\(line):\(column)" }
}

/// A span of text on one line, from `start` up to (not including) `end`.
public struct SourceRange: Hashable, Sendable {
    /// The first character of the span.
    public var start: SourceLocation
    /// The position just after the last character of the span.
    public var end: SourceLocation

    /// Creates a range from its two ends.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one location.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }
}
