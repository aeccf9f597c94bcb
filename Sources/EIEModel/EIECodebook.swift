import FixedPoint

/// Weight sharing: the codebook a layer's stored weights are quantised to [paper: EIE, after
/// Deep Compression]: `2^bits` entries, entry 0 reserved for zero, the others fitted by the
/// deterministic one-dimensional k-means of `WeightSharing` (FixedPoint), which PermDNN's
/// `codebook4` weights share. EIE names it here; the algorithm and its rules are
/// `WeightSharing`'s.
public enum EIECodebook {
    /// The iteration cap of Lloyd's algorithm.
    public static let maxIterations = WeightSharing.maxIterations

    /// A fitted codebook: `2^bits` entries (0, then the rounded centroids in increasing order),
    /// the Lloyd iterations run and whether the last one changed no assignment.
    public typealias Fit = WeightSharing.Fit

    /// Fits a `2^bits`-entry codebook to `codes` (the stored weights' fixed-point values).
    public static func fit(codes: [Int16], codebookBits bits: Int, maxIterations: Int = maxIterations) -> Fit {
        WeightSharing.fit(codes: codes, codebookBits: bits, maxIterations: maxIterations)
    }

    /// Fits from a histogram of codes (`histogram[code + 32768]` = how many weights have `code`).
    static func fit(histogram: [Int], codebookBits bits: Int, maxIterations: Int) -> Fit {
        WeightSharing.fit(histogram: histogram, codebookBits: bits, maxIterations: maxIterations)
    }

    /// The index (1...) of the codebook entry nearest to `code`; ties go to the lower index.
    public static func nearestIndex(of code: Int16, in codebook: [Int16]) -> UInt8 {
        WeightSharing.nearestIndex(of: code, in: codebook)
    }

    /// `nearestIndex` for every code present in `histogram`, as a lookup table over all 65536 codes.
    static func indexTable(histogram: [Int], codebook: [Int16]) -> [UInt8] {
        WeightSharing.indexTable(histogram: histogram, codebook: codebook)
    }
}
