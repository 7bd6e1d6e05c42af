/// A baseline or target value: the verbatim text, and the number and year
/// read from it when it has them.
///
/// `61% (2018)` reads as 61, percent, year 2018; `5,1 (2020)` as 5.1
/// (Danish decimal comma); `1.200 personer` as 1200 (Danish thousands
/// separator); `Flere end før` as text alone.
public struct MeasuredValue: Hashable, Sendable {
    /// The value exactly as written.
    public var text: String
    /// The leading number, if the text starts with one.
    public var number: Double?
    /// True when the number is followed by `%`.
    public var isPercent: Bool
    /// The year in a trailing `(2022)`, if any.
    public var year: Int?
    /// Whether the number is a point, a threshold or the start of a range.
    public var bound: Bound = .point

    /// What a number means: the value itself, or a threshold or range that a
    /// measurement meets (`mindst 50 %`, `under 270`, `85-100 %`).
    public enum Bound: Hashable, Sendable {
        /// The number itself (reached from a baseline, up or down).
        case point
        /// `mindst` / `at least`: the number or more.
        case atLeast
        /// `højst` / `at most`: the number or less.
        case atMost
        /// `over` / `above`: more than the number.
        case above
        /// `under` / `below`: less than the number.
        case below
        /// `85-100`: from the number to this one.
        case range(upper: Double)

        /// The words before a number that make it a threshold, English and Danish.
        static let words: [(String, Bound)] = [
            ("at least", .atLeast), ("mindst", .atLeast), ("minimum", .atLeast), ("min.", .atLeast),
            ("at most", .atMost), ("højst", .atMost), ("maksimalt", .atMost), ("max.", .atMost),
            ("above", .above), ("over", .above), ("more than", .above), ("mere end", .above),
            ("below", .below), ("under", .below), ("less than", .below), ("mindre end", .below),
        ]
    }

    /// Creates a value from its parts.
    public init(text: String, number: Double?, isPercent: Bool, year: Int?, bound: Bound = .point) {
        self.text = text
        self.number = number
        self.isPercent = isPercent
        self.year = year
        self.bound = bound
    }

    /// Reads a value from its text.
    public init(parsing text: String) {
        self.text = text
        var body = Substring(text)
        self.year = MeasuredValue.trailingYear(&body)
        let threshold = MeasuredValue.thresholdWord(&body)
        let (number, isPercent, rest) = MeasuredValue.leadingNumber(body)
        self.number = number
        self.isPercent = isPercent
        if let threshold, number != nil {
            bound = threshold
        } else if let number, let (upper, upperPercent) = MeasuredValue.rangeEnd(rest), upper >= number {
            bound = .range(upper: upper)
            self.isPercent = isPercent || upperPercent
        }
    }

    /// Takes a leading threshold word (`mindst`, `under`, …) off `body`.
    private static func thresholdWord(_ body: inout Substring) -> Bound? {
        let trimmed = body.drop(while: { $0 == " " })
        let lowered = trimmed.lowercased()
        for (word, bound) in Bound.words where lowered.hasPrefix(word + " ") {
            body = trimmed.dropFirst(word.count)
            return bound
        }
        return nil
    }

    /// The upper number of a range after the first (`-100 %`, `–100`).
    private static func rangeEnd(_ rest: Substring) -> (Double, Bool)? {
        let trimmed = rest.drop(while: { $0 == " " })
        guard let dash = trimmed.first, dash == "-" || dash == "–" else { return nil }
        let (upper, isPercent, _) = leadingNumber(trimmed.dropFirst().drop(while: { $0 == " " }))
        return upper.map { ($0, isPercent) }
    }

    private static func trailingYear(_ body: inout Substring) -> Int? {
        let trimmed = body.trimmingTrailingSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard inner.count == 4, inner.allSatisfy(\.isASCIIDigit), let year = Int(inner) else { return nil }
        body = trimmed[..<open].trimmingTrailingSpaces()
        return year
    }

    /// The leading number, whether `%` follows, and the text after the number.
    private static func leadingNumber(_ body: Substring) -> (Double?, Bool, Substring) {
        var chars = Array(body.drop(while: { $0 == " " }))
        var sign = 1.0
        if let first = chars.first, first == "-" || first == "−" || first == "+" {
            if first != "+" { sign = -1 }
            chars.removeFirst()
        }
        var end = 0
        while end < chars.count, chars[end].isASCIIDigit || chars[end] == "." || chars[end] == "," {
            end += 1
        }
        while end > 0, !chars[end - 1].isASCIIDigit { end -= 1 }
        guard end > 0, chars[0].isASCIIDigit else { return (nil, false, "") }
        let literal = String(chars[0..<end])
        guard let magnitude = parseNumber(literal) else { return (nil, false, "") }
        var rest = end
        while rest < chars.count, chars[rest] == " " { rest += 1 }
        let isPercent = rest < chars.count && chars[rest] == "%"
        return (sign * magnitude, isPercent, Substring(String(chars[(isPercent ? rest + 1 : end)...])))
    }

    /// `5,1` → 5.1; `1.200` → 1200; `1.200,5` → 1200.5; `1.5` → 1.5.
    private static func parseNumber(_ literal: String) -> Double? {
        if literal.contains(",") {
            let parts = literal.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let whole = parts[0].filter { $0 != "." }
            return Double("\(whole).\(parts[1])")
        }
        let groups = literal.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return Double(groups.joined())
        }
        return groups.count <= 2 ? Double(literal) : nil
    }
}

extension Character {
    /// Whether this is one of `0`-`9`.
    public var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
