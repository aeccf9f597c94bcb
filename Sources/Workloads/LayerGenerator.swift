import ConfigSupport
import FixedPoint

/// Turns a `LayerSpec` and a seed into concrete fixed-point weights and activations.
///
/// Deterministic on every platform, from two `SplitMix64` streams per layer (`F` =
/// `format.fractionBits`, `p` = `spec.resolvedBlockSize()`).
///
/// The weight stream, `SplitMix64.derive(seed: seed, label: spec.name)`, consumed in this order:
/// 1. Permutation values, stored source only: `uniformInt(below: p)` per block, row-major block
///    order (`r` outer, `c` inner). The formula source draws nothing.
/// 2. Weights: one draw per slot of `weights[(r*Nb + c)*p + t]` in index order, including slots
///    that land in padding (those are then set to 0, so padding never changes the stream).
///    Value = uniform integer in `[-2^(F-1), 2^(F-1) - 1]`, i.e. reals in `[-0.5, 0.5)`;
///    for `F = 0` (no fraction bits, so no such reals) uniform in `[-1, 1]`.
///    The other weight formats draw their codes directly (`pe.weight-format`, `WeightEncoding`):
///    - `fixed8`: shift `s = max(0, F - 8)`, one draw per slot uniform in
///      `[-2^(F'-1), 2^(F'-1) - 1]` with `F' = F - s` (reals in `[-0.5, 0.5)` at 8 bits; `F = 0`:
///      `[-1, 1]`). For `F <= 8` the shift is 0 and the draws are `fixed16`'s: the same weights.
///    - `codebook4`: first the codebook, 15 draws uniform in `fixed16`'s range, sorted
///      ascending, after entry 0 = 0; then one draw per slot, an index uniform in `1...15`
///      (padding slots get index 0).
///
/// The activation stream, `SplitMix64.derive(seed: seed, label: "activations/" + spec.name)`:
/// 3. Activations: exactly `round(density * n)` non-zero positions chosen by a partial
///    Fisher–Yates shuffle of `0..<n` (`swap(i, i + uniformInt(below: n - i))` for
///    `i = 0..<count`); then, in increasing position order, a value uniform in
///    `[1, min(4*2^F - 1, 32767)]` (reals in `(0, 4)`), and for `.signed` one more draw whose
///    top bit set makes the value negative.
/// The activations therefore depend only on the seed, the layer's name, `n`, the activation
/// density and sign, and `F`: not on `p`, the weights or the permutation source, so every engine
/// (PermDNN at any `p`, EIE, CirCNN) and every weight source (generated or imported) gets the same
/// input vector for the same workload and seed.
///
/// The weight slot `t` of block `(r, c)` sits at dense row `r*p + (t - k) mod p`, column
/// `c*p + t`; rows `>= m` and columns `>= n` are padding and hold 0.
public enum LayerGenerator {
    /// A complete layer: weights (steps 1-2) and activations (step 3), each from its own stream.
    public static func generate(_ spec: LayerSpec, format: FixedPointFormat, seed: UInt64,
                                weightFormat: WeightFormat = .fixed16) throws -> Layer {
        let weights = try generateWeights(spec, format: format, seed: seed, weightFormat: weightFormat)
        return try Layer(name: spec.name, weights: weights, activations: try activations(spec, format: format, seed: seed),
                         relu: spec.relu)
    }

    /// The same weights `generate` would produce, without activations.
    ///
    /// For network layers after the first, whose input is the previous layer's output.
    public static func generateWeights(_ spec: LayerSpec, format: FixedPointFormat, seed: UInt64,
                                       weightFormat: WeightFormat = .fixed16) throws -> PermutedDiagonalMatrix {
        try spec.validate()
        try checkFormat(format)
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: spec.name))
        return try makeWeights(spec, format: format, weightFormat: weightFormat, rng: &rng)
    }

    /// The label of a layer's activation stream under the run's seed.
    public static func activationStreamLabel(_ name: String) -> String { "activations/" + name }

    /// The input vector alone (step 3): exactly the activations `generate` gives the layer.
    ///
    /// Reads only the fields it depends on (name, `in`, `act-density`, sign) and checks only those,
    /// so a spec whose block size is invalid for PermDNN still has inputs (the baselines need no
    /// `p`). Used for imported weights with generated inputs, and by the EIE and CirCNN runs.
    public static func activations(_ spec: LayerSpec, format: FixedPointFormat, seed: UInt64) throws -> [Int16] {
        try spec.validateInputSide()
        try checkFormat(format)
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: activationStreamLabel(spec.name)))
        return makeActivations(spec, format: format, rng: &rng)
    }

    /// Bytes a generated layer occupies: `Mb*Nb*p` 16-bit weights, `Mb*Nb` 32-bit permutation
    /// values and `n` 16-bit activations. `Int.max` when the count overflows, so callers can refuse
    /// a layer before allocating it.
    public static func estimatedBytes(_ spec: LayerSpec) -> Int {
        let p = max(1, spec.resolvedBlockSize())
        let m = max(0, spec.outputs), n = max(0, spec.inputs)
        let blockRows = m / p + (m % p == 0 ? 0 : 1)
        let blockColumns = n / p + (n % p == 0 ? 0 : 1)
        guard let blocks = multiply(blockRows, blockColumns),
              let slots = multiply(blocks, p),
              let weightBytes = multiply(slots, 2),
              let kBytes = multiply(blocks, 4),
              let activationBytes = multiply(n, 2),
              let partial = add(weightBytes, kBytes),
              let total = add(partial, activationBytes) else { return Int.max }
        return total
    }

    /// Rejects fraction-bit counts the 16-bit format cannot hold (shifts by them would be undefined).
    static func checkFormat(_ format: FixedPointFormat) throws {
        guard FixedPointFormat.fractionBitsRange.contains(format.fractionBits) else {
            throw WorkloadError.invalid(field: "fraction-bits", rule: "must be in \(FixedPointFormat.fractionBitsRange) (got \(format.fractionBits))")
        }
    }

    private static func makeWeights(_ spec: LayerSpec, format: FixedPointFormat, weightFormat: WeightFormat,
                                    rng: inout SplitMix64) throws -> PermutedDiagonalMatrix {
        let p = spec.resolvedBlockSize()
        let m = spec.outputs, n = spec.inputs
        let blockRows = (m + p - 1) / p, blockColumns = (n + p - 1) / p
        var permutation = [Int32]()
        permutation.reserveCapacity(blockRows * blockColumns)
        for r in 0..<blockRows {
            for c in 0..<blockColumns {
                switch spec.permutation {
                case .stored:
                    permutation.append(Int32(rng.uniformInt(below: p)))
                case .formula:
                    permutation.append(Int32(PermutedDiagonalMatrix.formulaPermutation(blockRow: r, blockColumn: c, blockColumns: blockColumns, blockSize: p)))
                }
            }
        }
        let fractionBits = format.fractionBits
        // fixed8 draws its 8-bit codes at F' = F - s fraction bits; the others draw at F.
        let shift = weightFormat == .fixed8 ? max(0, fractionBits - 8) : 0
        let codeBits = fractionBits - shift
        let low = codeBits == 0 ? -1 : -(1 << (codeBits - 1))
        let span = codeBits == 0 ? 3 : 1 << codeBits
        let encoding: WeightEncoding
        switch weightFormat {
        case .fixed16: encoding = .fixed16
        case .fixed8: encoding = .fixed8(shift: shift)
        case .codebook4:
            let entries = (1..<WeightEncoding.codebookEntries).map { _ in Int16(low + rng.uniformInt(below: span)) }
            encoding = .codebook4([0] + entries.sorted())
        }
        var weights = [Int16](repeating: 0, count: blockRows * blockColumns * p)
        weights.withUnsafeMutableBufferPointer { buffer in
            for r in 0..<blockRows {
                for c in 0..<blockColumns {
                    let k = Int(permutation[r * blockColumns + c])
                    let base = (r * blockColumns + c) * p
                    for t in 0..<p {
                        let value = weightFormat == .codebook4
                            ? 1 + rng.uniformInt(below: WeightEncoding.codebookEntries - 1)
                            : low + rng.uniformInt(below: span)
                        let row = r * p + (t - k + p) % p
                        let column = c * p + t
                        buffer[base + t] = row < m && column < n ? Int16(value) : 0
                    }
                }
            }
        }
        return try PermutedDiagonalMatrix(rows: m, columns: n, blockSize: p, permutation: permutation, weights: weights,
                                          permutationSource: spec.permutation, encoding: encoding)
    }

    private static func makeActivations(_ spec: LayerSpec, format: FixedPointFormat, rng: inout SplitMix64) -> [Int16] {
        let n = max(0, spec.inputs)
        let density = spec.activationDensity.isNaN ? 0 : min(1, max(0, spec.activationDensity))
        let count = min(n, Int((density * Double(n)).rounded()))
        var order = Array(0..<n)
        for i in 0..<count {
            order.swapAt(i, i + rng.uniformInt(below: n - i))
        }
        var activations = [Int16](repeating: 0, count: n)
        for i in 0..<count { activations[order[i]] = 1 }
        let largest = min((4 << format.fractionBits) - 1, Int(Int16.max))
        let signed = spec.activationSign == .signed
        for j in 0..<n where activations[j] != 0 {
            var value = 1 + rng.uniformInt(below: largest)
            if signed, rng.next() >> 63 == 1 { value = -value }
            activations[j] = Int16(value)
        }
        return activations
    }

    private static func multiply(_ a: Int, _ b: Int) -> Int? {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }

    private static func add(_ a: Int, _ b: Int) -> Int? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }
}
