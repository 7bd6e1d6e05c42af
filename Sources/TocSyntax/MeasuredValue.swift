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
        /// The words with the space that must follow them.
        static let prefixes = words.map { ($0.0 + " ", $0.1) }
        /// The longest word and its space, in characters.
        static let longestWord = prefixes.map(\.0.count).max() ?? 0
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
        let (number, isPercent, upper) = MeasuredValue.leadingNumber(body, range: threshold == nil)
        self.number = number
        self.isPercent = isPercent
        if let threshold, number != nil {
            bound = threshold
        } else if let number, let (upper, upperPercent) = upper, upper >= number {
            bound = .range(upper: upper)
            self.isPercent = isPercent || upperPercent
        }
    }

    /// Takes a leading threshold word (`mindst`, `under`, …) off `body`.
    /// Most values start with a digit, and cost one look at it.
    private static func thresholdWord(_ body: inout Substring) -> Bound? {
        let trimmed = body.drop(while: { $0 == " " })
        // A digit, a sign or nothing: no word (the common case, without a Unicode lookup).
        guard let byte = trimmed.utf8.first, !(byte >= 0x30 && byte <= 0x39), byte != 0x2D, byte != 0x2B else { return nil }
        guard let first = trimmed.first, first.isLetter else { return nil }
        let lowered = trimmed.prefix(Bound.longestWord).lowercased()
        for (word, bound) in Bound.prefixes where lowered.hasPrefix(word) {
            body = trimmed.dropFirst(word.count - 1)
            return bound
        }
        return nil
    }

    private static func trailingYear(_ body: inout Substring) -> Int? {
        let trimmed = body.trimmingTrailingSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard inner.count == 4, inner.allSatisfy(\.isASCIIDigit), let year = Int(inner) else { return nil }
        body = trimmed[..<open].trimmingTrailingSpaces()
        return year
    }

    /// The leading number, whether `%` follows, and (with `range`) the
    /// upper number of a range after a dash (`85-100 %`) with its `%`.
    private static func leadingNumber(_ body: Substring, range: Bool = false) -> (Double?, Bool, (Double, Bool)?) {
        let trimmed = body.drop(while: { $0 == " " })
        var chars = Array(trimmed)
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
        guard end > 0, chars[0].isASCIIDigit else { return (nil, false, nil) }
        let literal = String(chars[0..<end])
        guard let magnitude = parseNumber(literal) else { return (nil, false, nil) }
        var rest = end
        while rest < chars.count, chars[rest] == " " { rest += 1 }
        let isPercent = rest < chars.count && chars[rest] == "%"
        guard range else { return (sign * magnitude, isPercent, nil) }
        var next = isPercent ? rest + 1 : rest
        while next < chars.count, chars[next] == " " { next += 1 }
        guard next < chars.count, chars[next] == "-" || chars[next] == "–" else { return (sign * magnitude, isPercent, nil) }
        let (upper, upperPercent, _) = leadingNumber(Substring(String(chars[(next + 1)...])))
        return (sign * magnitude, isPercent, upper.map { ($0, upperPercent) })
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
