import FixedPoint

/// The functional model of EIE: the answer without timing, the oracle `EIEEngine` is checked against.
///
/// `y = act(W x)` with the codebook-decoded weights. Inputs are taken in increasing column
/// `j`, zero inputs skipped; each stored weight of column `j` adds `w x_j` to its row's
/// accumulator with the saturating accumulate of `FixedPointFormat` (the same arithmetic and
/// per-row order as PermDNN's reference, so both engines give identical numbers for identical
/// decoded weights). Padding entries add nothing.
public enum EIEFunctionalReference {
    /// The accumulators (`m` values) before the output stage.
    public static func accumulators(_ layer: EIELayer) -> [Int64] {
        let format = layer.format, encoding = layer.encoding, pes = encoding.pes
        let zBits = encoding.relativeIndexBits, zMask = (1 << zBits) - 1
        var result = [Int64](repeating: 0, count: layer.rows)
        for j in 0..<layer.columns {
            let activation = layer.activations[j]
            if activation == 0 { continue }
            for (e, slice) in layer.slices.enumerated() {
                var local = 0
                for address in slice.columnRange(j, encoding: encoding) {
                    let entry = Int(slice.entries[address])
                    let row = local + (entry & zMask)
                    local = row + 1
                    let code = entry >> zBits
                    guard code != 0 else { continue }
                    let i = row * pes + e
                    result[i] = format.accumulate(result[i], FixedPointFormat.multiply(layer.codebook[code], activation))
                }
            }
        }
        return result
    }

    /// The layer's outputs: ReLU (if the layer has it), requantisation, saturation to 16 bits.
    public static func outputs(_ layer: EIELayer) -> [Int16] {
        accumulators(layer).map { layer.format.requantize($0, relu: layer.relu) }
    }
}
