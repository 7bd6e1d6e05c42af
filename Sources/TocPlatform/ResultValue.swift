extension Result {
    /// The value, or nil: for a caller with a fallback that is right
    /// whatever the error was (a path as given when its real path is not known).
    public var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
