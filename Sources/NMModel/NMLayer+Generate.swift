import ConfigSupport
import FixedPoint
import Workloads

extension NMLayer {
    /// The in-group index sets a group keeping `kept` of 4 weights can have, in lexicographic
    /// order (`kept` = 2: {0,1}, {0,2}, {0,3}, {1,2}, {1,3}, {2,3}).
    public static func patterns(kept: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for mask in 0..<(1 << NMConfig.groupSize) where mask.nonzeroBitCount == kept {
            result.append((0..<UInt8(NMConfig.groupSize)).filter { mask & (1 << Int($0)) != 0 })
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// A layer with random N:M weights for `spec`, keeping `kept` of every 4 (the spec's weight
    /// density is not used: an N:M layer stores exactly `kept / 4` of the weights).
    ///
    /// Deterministic on every platform. The weights come from their own stream,
    /// `SplitMix64(seed: SplitMix64.derive(seed: seed, label: "nm/" + spec.name))`, consumed row
    /// by row, group by group (`F` = `format.fractionBits`):
    /// 1. the group's pattern, `uniformInt(below: P)` over `patterns(kept:)` (`P` = 4, 6 or 4);
    /// 2. one value per slot, uniform over the non-zero codes of `[-2^(F-1), 2^(F-1) - 1]` (reals
    ///    in `[-0.5, 0.5)` without 0, as EIE's generated weights; `F = 0`: -1 or +1). A slot
    ///    whose index lands in the zero padding is drawn too, then set to 0, so the padding
    ///    never shifts the stream.
    /// Activations are `LayerGenerator.activations(spec, format:, seed:)`, the input vector
    /// every engine gets for the same spec and seed.
    public static func generate(spec: LayerSpec, kept: Int, format: FixedPointFormat, seed: UInt64) throws -> NMLayer {
        try spec.validateInputSide()
        guard spec.outputs >= 1 else { throw WorkloadError.invalid(field: "out", rule: "must be at least 1 (got \(spec.outputs))") }
        guard (1...3).contains(kept) else { throw NMError.invalid(field: "nm.kept", rule: "must be in 1...3 (got \(kept))") }
        let activations = try LayerGenerator.activations(spec, format: format, seed: seed)
        let m = spec.outputs, n = spec.inputs
        let groups = (n + NMConfig.groupSize - 1) / NMConfig.groupSize
        let table = patterns(kept: kept)
        let fractionBits = format.fractionBits
        let half = fractionBits == 0 ? 0 : 1 << (fractionBits - 1)
        var rng = SplitMix64(seed: SplitMix64.derive(seed: seed, label: "nm/" + spec.name))
        let count = m * groups * kept
        var values = [Int16](repeating: 0, count: count)
        var indices = [UInt8](repeating: 0, count: count)
        var slot = 0
        for _ in 0..<m {
            for g in 0..<groups {
                let pattern = table[rng.uniformInt(below: table.count)]
                for index in pattern {
                    var value: Int
                    if fractionBits == 0 {
                        value = rng.uniformInt(below: 2) == 0 ? -1 : 1
                    } else {
                        value = rng.uniformInt(below: (1 << fractionBits) - 1) - half
                        if value >= 0 { value += 1 }
                    }
                    indices[slot] = index
                    values[slot] = g * NMConfig.groupSize + Int(index) < n ? Int16(value) : 0
                    slot += 1
                }
            }
        }
        return try NMLayer(name: spec.name, rows: m, columns: n, kept: kept, values: values, indices: indices,
                           activations: activations, relu: spec.relu, format: format)
    }

    /// Host bytes a generated layer needs: values (2 bytes) and indices (1 byte) per stored
    /// weight, the engine's 8-byte accumulators and outputs per row, the inputs; `Int.max` on overflow.
    public static func estimatedHostBytes(rows: Int, columns: Int, kept: Int) -> Int {
        let groups = (Double(max(0, columns)) / Double(NMConfig.groupSize)).rounded(.up)
        let bytes = Double(max(0, rows)) * (groups * Double(kept) * 3 + 10) + Double(max(0, columns)) * 2
        return bytes.isFinite && bytes < Double(Int.max / 2) ? Int(bytes) : Int.max
    }
}
