/// Levenshtein distance, for "did you mean" suggestions.
public enum EditDistance {
    /// The edit distance between two strings, counted in characters,
    /// or `nil` once it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let left = Array(a)
        let right = Array(b)
        if abs(left.count - right.count) > limit { return nil }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[right.count] <= limit ? previous[right.count] : nil
    }

    /// The candidate nearest to `word`, if within a third of its length
    /// (at least 1, at most 3 edits). Ties go to the earlier candidate.
    public static func nearest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let bound = best.map { $0.1 - 1 } ?? limit
            guard bound >= 0, let d = distance(word, candidate, limit: bound) else { continue }
            best = (candidate, d)
        }
        return best?.0
    }
}
