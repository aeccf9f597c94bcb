/// The seeded random number generator behind every generated workload.
///
/// SplitMix64 (Steele, Lea and Flood, OOPSLA 2014; constants from Vigna's reference C code):
/// a 64-bit counter advanced by the golden-ratio increment and passed through a fixed mixing
/// function. It is tiny, fast and, unlike the system generator, gives the same stream on every
/// platform, so a seed names a workload exactly. Every choice made from it uses integer
/// arithmetic only (no `Double` comparisons), so counts never depend on floating-point rounding.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose stream is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.finalize(state)
    }

    /// A uniform integer in `0..<bound`, from exactly one call to `next()`.
    ///
    /// Uses `next() % bound`: the modulo bias is below `bound / 2^64` (about 1e-15 for the
    /// sizes used here) and is accepted so that every draw costs exactly one word, which keeps
    /// streams easy to reproduce in other languages. Returns 0 when `bound <= 1`.
    public mutating func uniformInt(below bound: Int) -> Int {
        let word = next()
        guard bound > 1 else { return 0 }
        return Int(word % UInt64(bound))
    }

    /// A uniform real in `[0, 1)` with 53 random bits, from exactly one call to `next()`.
    public mutating func uniformUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// An independent seed for the stream named `label` (e.g. a layer name) under `seed`.
    ///
    /// The SplitMix64 finaliser applied to `seed XOR FNV-1a-64(label's UTF-8)`, so layers of one
    /// run get unrelated streams and a layer's data does not change when other layers are added.
    public static func derive(seed: UInt64, label: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return finalize(seed ^ hash)
    }

    /// The SplitMix64 mixing function (a bijection on 64-bit words).
    private static func finalize(_ word: UInt64) -> UInt64 {
        var z = word
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
