import Foundation

/// A failure inside Graphviz, with the DOT line it names, if any.
public struct GraphvizError: Error, Equatable, Sendable, Codable {
    /// Graphviz's own words, cleaned of its prefixes.
    public var message: String
    /// The line of the DOT text Graphviz named, if it named one.
    public var dotLine: Int?

    /// An error in Graphviz's words, naming a DOT line when it did.
    public init(message: String, dotLine: Int?) {
        self.message = message
        self.dotLine = dotLine
    }
}

extension GraphvizError {
    /// Graphviz answered, but with no layout toc can read.
    static let noLayout = GraphvizError(message: "Graphviz gave no layout", dotLine: nil)

    /// The error for what Graphviz said: its first error line (else its
    /// first line), without Graphviz's prefix, and the DOT line it names.
    init(messages: String, default message: String) {
        let lines = messages.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let errors = lines.filter { $0.hasPrefix("Error") }
        guard let first = errors.first ?? lines.first else {
            self.init(message: message, dotLine: nil)
            return
        }
        var cleaned = first
        for prefix in ["Error:", "Warning:", "Error", "Warning"] where cleaned.hasPrefix(prefix) {
            cleaned = String(cleaned.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        var line: Int?
        if let range = cleaned.range(of: "in line ") {
            line = Int(cleaned[range.upperBound...].prefix(while: \.isNumber))
        }
        self.init(message: cleaned.isEmpty ? message : cleaned, dotLine: line)
    }
}

/// C strings that live as long as the process, for the few fixed attribute
/// names and values passed to Graphviz.
enum ConstantStrings {
    nonisolated(unsafe) private static var cache: [String: UnsafeMutablePointer<CChar>] = [:]

    static func pointer(for text: String) -> UnsafeMutablePointer<CChar> {
        if let existing = cache[text] { return existing }
        let pointer = strdup(text)!
        cache[text] = pointer
        return pointer
    }
}

