import FixedPoint

/// Real weights into the codes of a weight format (`pe.weight-format`), with what it lost: the
/// one place imported and projected weights are quantised.
///
/// - `fixed16`: `format.quantize` (round half away from zero to `F` fraction bits, saturating
///   to 16 bits; a clip is counted).
/// - `fixed8`: the per-layer shift `s` is the smallest in `0...8` at which no weight clips:
///   `round(w * 2^(F-s))` within `-128...127` for the largest and the smallest weight (round half
///   away from zero); if even `s = 8` clips, `s = 8` and the clipped weights are counted. Code
///   `c = clamp(round(w * 2^(F-s)), -128, 127)`, weight `c << s`. The step of a layer's weights is
///   `2^(s-F)`: 8 significant bits below its largest magnitude, never finer than `F` allows.
/// - `codebook4`: each weight to its 16-bit code as `fixed16`; a weight whose code is 0 is index 0
///   (entry 0 = 0); the 15 other entries are `WeightSharing`'s k-means over the non-zero codes
///   (as EIE fits its codebook) and each non-zero code takes the nearest of them.
/// The loss is the squared distance of every weight from its decoded real value, summed in the
/// weights' order (`quantizationEnergy`).
public enum WeightQuantizer {
    /// Codes of the given weights, their encoding and what quantisation lost.
    public struct Result: Sendable {
        /// One code per weight, in the input order.
        public var codes: [Int16]
        public var encoding: WeightEncoding
        /// `sum (w - decoded(w))^2` in real numbers.
        public var quantizationEnergy: Double
        /// Weights clipped to the format's range.
        public var saturated: Int
    }

    /// Quantises `reals` (real numbers) to `weightFormat` at `format`'s fraction bits.
    public static func quantize(_ reals: [Double], format: FixedPointFormat, weightFormat: WeightFormat) -> Result {
        switch weightFormat {
        case .fixed16: return fixed16(reals, format: format)
        case .fixed8: return fixed8(reals, format: format)
        case .codebook4: return codebook4(reals, format: format)
        }
    }

    /// The rounding every format uses.
    private static func rounded(_ value: Double) -> Double { value.rounded(.toNearestOrAwayFromZero) }

    private static func fixed16(_ reals: [Double], format: FixedPointFormat) -> Result {
        var result = Result(codes: [], encoding: .fixed16, quantizationEnergy: 0, saturated: 0)
        result.codes.reserveCapacity(reals.count)
        let codeScale = Double(1 << format.fractionBits)
        for w in reals {
            let code = format.quantize(w) ?? 0
            let scaled = rounded(w * codeScale)
            if scaled > Double(Int16.max) || scaled < Double(Int16.min) { result.saturated += 1 }
            let difference = w - format.real(code)
            result.quantizationEnergy += difference * difference
            result.codes.append(code)
        }
        return result
    }

    private static func fixed8(_ reals: [Double], format: FixedPointFormat) -> Result {
        let high = reals.max() ?? 0, low = reals.min() ?? 0
        func scale(_ shift: Int) -> Double { pow2(format.fractionBits - shift) }
        let shift = (0...WeightEncoding.maxShift).first { s in
            rounded(high * scale(s)) <= 127 && rounded(low * scale(s)) >= -128
        } ?? WeightEncoding.maxShift
        let codeScale = scale(shift), step = pow2(shift - format.fractionBits)
        var result = Result(codes: [], encoding: .fixed8(shift: shift), quantizationEnergy: 0, saturated: 0)
        result.codes.reserveCapacity(reals.count)
        for w in reals {
            let scaled = rounded(w * codeScale)
            if scaled > 127 || scaled < -128 { result.saturated += 1 }
            let code = Int16(max(-128, min(127, scaled)))
            let difference = w - Double(code) * step
            result.quantizationEnergy += difference * difference
            result.codes.append(code)
        }
        return result
    }

    private static func codebook4(_ reals: [Double], format: FixedPointFormat) -> Result {
        let sixteen = fixed16(reals, format: format)
        var histogram = [Int](repeating: 0, count: 1 << 16)
        for code in sixteen.codes where code != 0 { histogram[Int(code) + 32768] += 1 }
        let fit = WeightSharing.fit(histogram: histogram, codebookBits: 4, maxIterations: WeightSharing.maxIterations)
        let table = WeightSharing.indexTable(histogram: histogram, codebook: fit.codebook)
        var result = Result(codes: [], encoding: .codebook4(fit.codebook), quantizationEnergy: 0, saturated: sixteen.saturated)
        result.codes.reserveCapacity(reals.count)
        for (w, code) in zip(reals, sixteen.codes) {
            let index = code == 0 ? 0 : Int16(table[Int(code) + 32768])
            let difference = w - format.real(fit.codebook[Int(index)])
            result.quantizationEnergy += difference * difference
            result.codes.append(index)
        }
        return result
    }

    /// `2^e` for any integer `e`.
    private static func pow2(_ exponent: Int) -> Double {
        exponent >= 0 ? Double(1 << exponent) : 1 / Double(1 << -exponent)
    }
}
