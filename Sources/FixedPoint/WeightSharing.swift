/// Weight sharing: a codebook of `2^bits` 16-bit values, entry 0 reserved for zero, fitted to
/// a set of 16-bit fixed-point codes by deterministic one-dimensional k-means. Format-neutral:
/// EIE's codebook (`EIECodebook`, [paper: EIE, after Deep Compression]) and PermDNN's
/// `codebook4` weights (`WeightEncoding`, [ours]) are both fitted here, by the same arithmetic.
///
/// Input: the 16-bit fixed-point codes of the stored weights. Lloyd's algorithm on their
/// histogram (so the result does not depend on the order of the weights):
/// - `K = 2^bits - 1` centroids (entry 0 of the codebook is reserved for zero), initialised
///   linearly over `[min, max]`: `c_k = min + (max - min) k / (K - 1)` (`K = 1`: the midpoint);
/// - assignment: each value to the nearest centroid, ties to the lower index (centroids stay
///   sorted, so this is a split of the sorted values at the midpoints);
/// - update: each centroid becomes the mean of its values;
/// - empty clusters: while a cluster has no value and another holds at least two distinct
///   values, the empty centroid is dropped and the cluster with the largest squared error
///   (ties to the lower index) is split in two at its mean: its values up to the mean and
///   those above get a centroid each (their means), and the centroids are sorted again. Every
///   code then serves some weight unless there are fewer distinct values than codes (the
///   even start leaves empty clusters where weights bunch, e.g. 3 of 15 on a real layer);
/// - stop when no assignment changes, or after `maxIterations` (reported).
/// Centroids are then rounded half away from zero to 16-bit codes, and every weight takes the
/// index of the nearest rounded centroid (ties to the lower index). All arithmetic is in
/// `Double` in a fixed order, so the codebook is the same on every platform.
public enum WeightSharing {
    /// The iteration cap of Lloyd's algorithm.
    public static let maxIterations = 100

    /// A fitted codebook.
    public struct Fit: Sendable, Equatable {
        /// `2^bits` entries: 0, then the rounded centroids in increasing order.
        public var codebook: [Int16]
        /// Lloyd iterations run.
        public var iterations: Int
        /// Whether the last iteration changed no assignment.
        public var converged: Bool
    }

    /// Fits a `2^bits`-entry codebook to `codes` (the stored weights' fixed-point values).
    public static func fit(codes: [Int16], codebookBits bits: Int, maxIterations: Int = maxIterations) -> Fit {
        var histogram = [Int](repeating: 0, count: 1 << 16)
        for code in codes { histogram[Int(code) + 32768] += 1 }
        return fit(histogram: histogram, codebookBits: bits, maxIterations: maxIterations)
    }

    /// Fits from a histogram of codes (`histogram[code + 32768]` = how many weights have `code`).
    public static func fit(histogram: [Int], codebookBits bits: Int, maxIterations: Int) -> Fit {
        let clusters = (1 << bits) - 1
        var values: [Double] = [], counts: [Double] = []
        for (slot, count) in histogram.enumerated() where count > 0 {
            values.append(Double(slot - 32768))
            counts.append(Double(count))
        }
        guard let low = values.first, let high = values.last else {
            return Fit(codebook: [Int16](repeating: 0, count: clusters + 1), iterations: 0, converged: true)
        }
        var centroids = (0..<clusters).map { k in
            clusters == 1 ? low + (high - low) / 2 : low + (high - low) * Double(k) / Double(clusters - 1)
        }
        // split[k] = first value index assigned to a cluster above k (values are sorted).
        var split = [Int](repeating: -1, count: clusters)
        var iterations = 0, converged = false
        while iterations < maxIterations {
            iterations += 1
            var next = [Int](repeating: values.count, count: clusters)
            var index = 0
            for k in 0..<(clusters - 1) {
                let boundary = (centroids[k] + centroids[k + 1]) / 2
                while index < values.count && values[index] <= boundary { index += 1 }
                next[k] = index
            }
            if next == split { converged = true; break }
            split = next
            var start = 0
            var empty: [Int] = []
            for k in 0..<clusters {
                var weight = 0.0, sum = 0.0
                for v in start..<split[k] {
                    weight += counts[v]
                    sum += counts[v] * values[v]
                }
                if weight > 0 { centroids[k] = sum / weight } else { empty.append(k) }
                start = split[k]
            }
            if !empty.isEmpty { reseed(&centroids, empty: empty, split: split, values: values, counts: counts) }
        }
        var codebook: [Int16] = [0]
        for centroid in centroids {
            let rounded = centroid.rounded(.toNearestOrAwayFromZero)
            codebook.append(Int16(max(Double(Int16.min), min(Double(Int16.max), rounded))))
        }
        return Fit(codebook: codebook, iterations: iterations, converged: converged)
    }

    /// Replaces the empty clusters' centroids by splitting the clusters of largest squared
    /// error (see the type's summary), one split per empty cluster, while a cluster with two or
    /// more distinct values remains; the centroids come back sorted.
    static func reseed(_ centroids: inout [Double], empty: [Int], split: [Int], values: [Double], counts: [Double]) {
        // The non-empty clusters as value ranges [start, end) with their centroid.
        var clusters: [(start: Int, end: Int, centroid: Double)] = []
        var start = 0
        for k in centroids.indices {
            if split[k] > start { clusters.append((start, split[k], centroids[k])) }
            start = split[k]
        }
        var missing = empty.count
        func error(_ c: (start: Int, end: Int, centroid: Double)) -> Double {
            var total = 0.0
            for v in c.start..<c.end { total += counts[v] * (values[v] - c.centroid) * (values[v] - c.centroid) }
            return total
        }
        func mean(_ range: Range<Int>) -> Double {
            var weight = 0.0, sum = 0.0
            for v in range { weight += counts[v]; sum += counts[v] * values[v] }
            return sum / weight
        }
        while missing > 0 {
            var best = -1, bestError = 0.0
            for (index, cluster) in clusters.enumerated() where cluster.end - cluster.start >= 2 {
                let e = error(cluster)
                if best < 0 || e > bestError { best = index; bestError = e }
            }
            guard best >= 0 else { break }
            let cluster = clusters[best]
            // Values up to the mean, and above it (both non-empty: two distinct values at least).
            var cut = cluster.start
            while cut < cluster.end && values[cut] <= cluster.centroid { cut += 1 }
            if cut == cluster.start || cut == cluster.end { cut = cluster.start + 1 }
            clusters[best] = (cluster.start, cut, mean(cluster.start..<cut))
            clusters.insert((cut, cluster.end, mean(cut..<cluster.end)), at: best + 1)
            missing -= 1
        }
        // Kept clusters, then any still empty (fewer distinct values than codes) at their old places.
        var result = clusters.map(\.centroid)
        if missing > 0 { result += empty.prefix(missing).map { centroids[$0] } }
        centroids = result.sorted()
    }

    /// The index (1...) of the codebook entry nearest to `code`; ties go to the lower index.
    public static func nearestIndex(of code: Int16, in codebook: [Int16]) -> UInt8 {
        var best = 1, distance = Int.max
        for index in 1..<codebook.count {
            let d = abs(Int(codebook[index]) - Int(code))
            if d < distance { best = index; distance = d }
        }
        return UInt8(best)
    }

    /// `nearestIndex` for every code present in `histogram`, as a lookup table over all 65536 codes.
    public static func indexTable(histogram: [Int], codebook: [Int16]) -> [UInt8] {
        var table = [UInt8](repeating: 1, count: 1 << 16)
        for (slot, count) in histogram.enumerated() where count > 0 {
            table[slot] = nearestIndex(of: Int16(slot - 32768), in: codebook)
        }
        return table
    }
}
