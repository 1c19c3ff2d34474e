/// The Levenshtein distance between two strings, for "did you mean" suggestions.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        guard !source.isEmpty else { return target.count }
        guard !target.isEmpty else { return source.count }
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }

    /// The candidates close to a misspelled name, closest first (at most three), compared by `key`.
    ///
    /// - Parameters:
    ///   - name: The name as typed.
    ///   - candidates: The names that exist.
    ///   - key: Reduces a name to what is compared (e.g. letters only, lowercased).
    /// - Returns: The suggestions; empty when nothing is close.
    static func suggestions(for name: String, among candidates: [String], key: (String) -> String) -> [String] {
        let typed = key(name)
        guard !typed.isEmpty else { return [] }
        let limit = max(2, typed.count / 4)
        let scored = candidates.compactMap { candidate -> (distance: Int, name: String)? in
            let distance = Self.between(typed, key(candidate))
            return distance <= limit ? (distance, candidate) : nil
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(3).map(\.name)
    }
}
