/// Magnitude pruning's choice of weights, in linear time: which entries of a dense matrix
/// `EIELayer.fromDense` keeps.
///
/// The rule: a matrix with at most `target` non-zeros keeps them all; otherwise the `target`
/// largest magnitudes are kept, ties going to the smaller flat index `i * n + j`. That is
/// exactly the set a stable sort by decreasing magnitude would keep (`referenceKeptIndices`),
/// found without sorting: the magnitude `T` of the `target`-th largest entry is selected by a
/// radix select on the IEEE 754 bit patterns of `|w|` (for non-negative finite doubles the
/// bit patterns order like the values), 16 bits at a time from the top, each round counting
/// only the entries whose higher bits equal those already fixed. Then one pass in flat order
/// keeps every entry above `T` and the first entries equal to `T` that are still needed
/// (`Rule`).
public enum MagnitudePruning {
    /// The flat indices (increasing) of the entries kept from `values` (finite; `0` and `-0`
    /// are not weights) when at most `target` may stay, and how many non-zeros there were.
    public static func keptIndices(_ values: [Double], keep target: Int) -> (kept: [Int], nonZeros: Int) {
        values.withUnsafeBufferPointer { values in
            let selection = select(values, keep: target)
            var rule = selection.rule
            let kept = [Int](unsafeUninitializedCapacity: selection.kept + 1) { buffer, initialized in
                // Branch-free: every index is written at the end, which moves on when it is
                // kept (one spare slot takes the writes after the last).
                var end = 0
                for i in values.indices {
                    buffer[min(end, selection.kept)] = i
                    end &+= rule.keeps(values[i])
                }
                precondition(end == selection.kept, "magnitude selection kept \(end), not \(selection.kept)")
                initialized = end
            }
            return (kept, selection.nonZeros)
        }
    }

    /// What the pass in flat order needs: the rule, how many entries it keeps (`min(target,
    /// nonZeros)`) and how many non-zeros there are.
    public struct Selection {
        public var rule: Rule
        public var kept: Int
        public var nonZeros: Int
    }

    /// Keeps, in flat order, every entry whose magnitude bits exceed `threshold` and the first
    /// `equalKept` entries whose bits equal it. `threshold` 0 with `equalKept` 0 keeps every
    /// non-zero; `UInt64.max` keeps nothing.
    public struct Rule {
        public var threshold: UInt64
        public var equalKept: Int

        /// 1 when the next entry in flat order, `value`, is kept, else 0 (no branch).
        @inline(__always) public mutating func keeps(_ value: Double) -> Int {
            let bits = MagnitudePruning.magnitudeBits(value)
            let equal = (bits == threshold ? 1 : 0) & (equalKept > 0 ? 1 : 0)
            equalKept &-= equal
            return (bits > threshold ? 1 : 0) | equal
        }
    }

    /// The bit pattern of `|value|` (sign cleared): zero for `0` and `-0`.
    @inline(__always) public static func magnitudeBits(_ value: Double) -> UInt64 {
        value.bitPattern & 0x7FFF_FFFF_FFFF_FFFF
    }

    /// The rule keeping at most `target` of `values` (see the type's summary).
    public static func select(_ values: UnsafeBufferPointer<Double>, keep target: Int) -> Selection {
        guard target > 0, target < values.count else {
            var nonZeros = 0
            for value in values { nonZeros &+= magnitudeBits(value) != 0 ? 1 : 0 }
            return target > 0 ? Selection(rule: Rule(threshold: 0, equalKept: 0), kept: nonZeros, nonZeros: nonZeros)
                : Selection(rule: Rule(threshold: .max, equalKept: 0), kept: 0, nonZeros: nonZeros)
        }
        // Round 1: the top 16 bits of every magnitude (zeros counted apart, they are no weights).
        var histogram = [Int](repeating: 0, count: 1 << 16)
        var zeros = 0
        histogram.withUnsafeMutableBufferPointer { counts in
            for value in values {
                let bits = magnitudeBits(value)
                counts[Int(truncatingIfNeeded: bits >> 48)] &+= 1
                zeros &+= bits == 0 ? 1 : 0
            }
        }
        histogram[0] -= zeros
        let nonZeros = values.count - zeros
        guard target < nonZeros else {
            return Selection(rule: Rule(threshold: 0, equalKept: 0), kept: nonZeros, nonZeros: nonZeros)
        }
        // `need`: how many of the entries whose higher bits equal `prefix` are still to be kept.
        var (digit, need) = select(histogram, need: target)
        var prefix = UInt64(digit) << 48
        // The entries sharing the top 16 bits of the threshold (never zero: `need` >= 1 counts
        // non-zeros only, so the chosen digit holds some).
        var candidates = [UInt64]()
        candidates.reserveCapacity(histogram[digit])
        for value in values {
            let bits = magnitudeBits(value)
            if bits >> 48 == UInt64(digit) && bits != 0 { candidates.append(bits) }
        }
        for shift: UInt64 in [32, 16, 0] {
            for slot in histogram.indices { histogram[slot] = 0 }
            histogram.withUnsafeMutableBufferPointer { counts in
                for bits in candidates { counts[Int(truncatingIfNeeded: (bits >> shift) & 0xFFFF)] &+= 1 }
            }
            (digit, need) = select(histogram, need: need)
            prefix |= UInt64(digit) << shift
            candidates.removeAll { ($0 >> shift) & 0xFFFF != UInt64(digit) }
        }
        return Selection(rule: Rule(threshold: prefix, equalKept: need), kept: target, nonZeros: nonZeros)
    }

    /// The digit holding the `need`-th largest entry (counting from the top digit down) and
    /// how many entries of that digit are needed: `need` minus the entries of larger digits.
    private static func select(_ histogram: [Int], need: Int) -> (digit: Int, need: Int) {
        var above = 0
        for digit in histogram.indices.reversed() {
            let count = histogram[digit]
            if above + count >= need { return (digit, need - above) }
            above += count
        }
        preconditionFailure("magnitude selection: fewer entries than needed")
    }

    /// The rule done the straightforward way, for checking: every non-zero's index, stably
    /// sorted by decreasing magnitude (ties: smaller index first), the first `target` kept and
    /// put back in flat order. O(T log T); the importer uses the selection above.
    public static func referenceKeptIndices(_ values: [Double], keep target: Int) -> (kept: [Int], nonZeros: Int) {
        var nonZeros = values.indices.filter { values[$0] != 0 }
        let count = nonZeros.count
        let pruned = max(0, count - target)
        if pruned > 0 {
            nonZeros.sort { a, b in
                let x = abs(values[a]), y = abs(values[b])
                return x != y ? x > y : a < b
            }
            nonZeros.removeLast(pruned)
            nonZeros.sort()
        }
        return (nonZeros, count)
    }
}
