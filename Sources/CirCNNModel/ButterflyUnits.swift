/// The radix-2 butterfly units: each issues one butterfly per cycle (one complex multiplier =
/// 4 real multipliers, plus 6 real adders with rounding and saturation).
///
/// The same units run phase 1 (FFT of every input block) and phase 3 (IFFT of every block-row);
/// one instance per phase keeps the two phases' counts apart. The data path walks the blocks in
/// the order `StageSchedule` issues them (stage-major over all blocks) on a work buffer holding
/// every block of the phase, so the cycle model and its data agree by construction.
public struct ButterflyUnits: Sendable {
    /// What the units did in one phase.
    public struct Stats: Sendable, Equatable, Codable {
        /// Butterflies issued (`blocks * log2(k) * k/2`).
        public var butterflies = 0
        /// Real multiplies: 4 per butterfly (trivial twiddles are not special-cased).
        public var realMultiplies = 0
        /// Real adds: 2 in the complex multiply + 4 output add/subtracts per butterfly.
        public var realAdds = 0
        /// Twiddle ROM reads: one per butterfly.
        public var twiddleReads = 0
        /// Butterfly output parts clipped to 16 bits.
        public var saturations = 0
        public init() {}
    }

    let fft: FixedPointFFT
    public private(set) var stats = Stats()

    init(fft: FixedPointFFT) { self.fft = fft }

    /// Transforms `blocks` blocks of `k` values in `real`/`imag` (block `b` at `b*k`), stage by
    /// stage over all blocks. Stage-0 operands come from `load(block, position)`, which returns
    /// the value at bit-reversed input position `position`; later stages read the work buffer.
    /// `inverse` conjugates the twiddles.
    mutating func run(blocks: Int, inverse: Bool, real: inout [Int32], imag: inout [Int32],
                      load: (_ block: Int, _ position: Int) -> (Int32, Int32)) {
        let k = fft.size, butterflies = k / 2
        var saturations = 0
        for stage in 0..<fft.stages {
            let half = 1 << stage
            let twiddleStride = k >> (stage + 1)
            for block in 0..<blocks {
                let base = block * k
                for q in 0..<butterflies {
                    // Butterfly q pairs positions `top` and `top + half` of group q / half.
                    let position = q & (half - 1)
                    let top = ((q >> stage) << (stage + 1)) + position
                    let bottom = top + half
                    let m = position * twiddleStride
                    let a: (Int32, Int32), b: (Int32, Int32)
                    if stage == 0 {
                        a = load(block, top)
                        b = load(block, bottom)
                    } else {
                        a = (real[base + top], imag[base + top])
                        b = (real[base + bottom], imag[base + bottom])
                    }
                    let wi = inverse ? -fft.twiddleImag[m] : fft.twiddleImag[m]
                    let (r0, i0, r1, i1) = SpectralArithmetic.butterfly(
                        ar: a.0, ai: a.1, br: b.0, bi: b.1, wr: fft.twiddleReal[m], wi: wi,
                        twiddleBits: fft.twiddleBits, saturations: &saturations)
                    real[base + top] = r0; imag[base + top] = i0
                    real[base + bottom] = r1; imag[base + bottom] = i1
                }
            }
        }
        let issued = blocks * fft.stages * butterflies
        stats.butterflies += issued
        stats.realMultiplies += 4 * issued
        stats.realAdds += 6 * issued
        stats.twiddleReads += issued
        stats.saturations += saturations
    }
}
