import TocSyntax

// Tests write finding ids as they appear in output (`"orphan-activity"`);
// the project's own code uses the typed constants (`.orphanActivity`).
extension FindingID: ExpressibleByStringLiteral {
    /// An id written as a literal, in tests.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
