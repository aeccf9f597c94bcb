/// The "did you mean" of every error that names an unknown workload, key or option value.
public enum NameSuggestion {
    /// The candidate closest to `name`, or `nil` when none is plausibly a typo of it.
    ///
    /// Closest = smallest Levenshtein distance (at most `max(2, count / 3)`); ties go to the
    /// candidate whose characters are numerically nearest position by position (so `alexnet-fc9`
    /// suggests `alexnet-fc8`, not `alexnet-fc6`), then to catalogue order.
    public static func nearest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.unicodeScalars)
        var best: (name: String, distance: Int, closeness: Int)?
        for candidate in candidates {
            let scalars = Array(candidate.unicodeScalars)
            let distance = levenshtein(target, scalars)
            var closeness = 0
            for (a, b) in zip(target, scalars) { closeness += abs(Int(a.value) - Int(b.value)) }
            if let current = best, (distance, closeness) >= (current.distance, current.closeness) { continue }
            best = (candidate, distance, closeness)
        }
        guard let best, best.distance <= max(2, target.count / 3) else { return nil }
        return best.name
    }

    /// Edit distance (insertions, deletions, substitutions each cost 1).
    package static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
