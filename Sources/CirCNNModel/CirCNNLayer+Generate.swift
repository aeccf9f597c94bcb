import FixedPoint
import Workloads

extension CirCNNLayer {
    /// A seeded random block-circulant layer for `spec`; deterministic on every platform.
    ///
    /// - `k` = `blockSize` if given, else the power of two nearest to `1 / spec.weightDensity`
    ///   (`CirCNNConfig.defaultBlockSize`); `spec.blockSize` is PermDNN's `p` and is not used.
    /// - Activations: `LayerGenerator.activations(spec, format:, seed:)`, the stream every engine
    ///   uses, so the PermDNN, EIE and CirCNN engines see the same input for the same spec and seed.
    /// - Weights: one stream `SplitMix64(seed: SplitMix64.derive(seed: seed, label: "circnn/" +
    ///   spec.name))`, one `uniformInt` draw per first-column entry in index order (block-row
    ///   outer, block-column, then `t`). Value = uniform integer code in `[-h, h - 1]` with
    ///   `h = max(1, floor(2^(F-1) / sqrt(k)))` (reals in about `[-0.5, 0.5) / sqrt(k)`); for
    ///   `F = 0`, uniform in `[-1, 1]`.
    ///
    /// Why `1/sqrt(k)` [ours]: every circulant entry is a weight, so an output sums `k` times as
    /// many products as with PermDNN's one-per-row-per-block weights. Scaling the range by
    /// `1/sqrt(k)` gives each output the same expected energy as the PermDNN generator's at
    /// `p = k` (range `[-0.5, 0.5)`), keeping outputs in the 16-bit range instead of saturating.
    /// At `k = 1` the range is exactly PermDNN's.
    public static func generate(spec: LayerSpec, blockSize: Int? = nil, format: FixedPointFormat = .default,
                                seed: UInt64) throws -> CirCNNLayer {
        let activations = try LayerGenerator.activations(spec, format: format, seed: seed)
        let k: Int
        if let blockSize {
            try CirCNNConfig.checkBlockSize(blockSize, field: "circnn.block-size")
            k = blockSize
        } else {
            k = try CirCNNConfig.defaultBlockSize(weightDensity: spec.weightDensity)
        }
        let count = try weightCount(rows: spec.outputs, columns: spec.inputs, blockSize: k)
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "circnn/" + spec.name))
        let (low, span) = weightRange(blockSize: k, fractionBits: format.fractionBits)
        var weights = [Int16](repeating: 0, count: count)
        for index in 0..<count { weights[index] = Int16(low + rng.uniformInt(below: span)) }
        return try CirCNNLayer(name: spec.name, rows: spec.outputs, columns: spec.inputs, blockSize: k, weights: weights,
                               activations: activations, relu: spec.relu, format: format)
    }

    /// The generator's code range: lowest code and number of codes (`[low, low + span)`).
    package static func weightRange(blockSize k: Int, fractionBits f: Int) -> (low: Int, span: Int) {
        guard f > 0 else { return (-1, 3) }
        // floor(sqrt(floor(4^(F-1) / k))) = floor(2^(F-1) / sqrt(k)), in integers.
        let h = max(1, integerSquareRoot((1 << (2 * (f - 1))) / k))
        return (-h, 2 * h)
    }

    /// `floor(sqrt(value))` for `value >= 0`, exactly.
    static func integerSquareRoot(_ value: Int) -> Int {
        guard value > 1 else { return max(0, value) }
        var root = Int(Double(value).squareRoot())
        while root * root > value { root -= 1 }
        while (root + 1) * (root + 1) <= value { root += 1 }
        return root
    }
}
