import FixedPoint

extension LayerGenerator {
    /// A random layer of the given shape built to reach the corners a bit-exact comparison needs
    /// (the random cases of the engine tests and of `permsim-cosim --random`), drawn from `rng`
    /// in this order: the permutation source (stored or formula), whether values are full-range
    /// (saturating narrow accumulators) or tiny (-3...3), the stored `k` values, every weight
    /// slot, an input density of 0%, 100% or a uniform percentage, one value per non-zero input
    /// (never 0), and ReLU on or off.
    public static func cornerCase(name: String, rows: Int, columns: Int, blockSize p: Int,
                                  rng: inout SplitMix64) throws -> Layer {
        let source: PermutationSource = rng.uniformInt(below: 2) == 0 ? .stored : .formula
        let mb = (rows + p - 1) / p, nb = (columns + p - 1) / p
        let large = rng.uniformInt(below: 3) == 0
        func value(_ rng: inout SplitMix64) -> Int16 {
            large ? Int16(truncatingIfNeeded: rng.next()) : Int16(rng.uniformInt(below: 7)) - 3
        }
        var permutation = [Int32](repeating: 0, count: mb * nb)
        for r in 0..<mb {
            for c in 0..<nb {
                permutation[r * nb + c] = Int32(source == .stored
                    ? rng.uniformInt(below: p)
                    : PermutedDiagonalMatrix.formulaPermutation(blockRow: r, blockColumn: c, blockColumns: nb, blockSize: p))
            }
        }
        var weights = [Int16](repeating: 0, count: mb * nb * p)
        for index in weights.indices { weights[index] = value(&rng) }
        let matrix = try PermutedDiagonalMatrix(rows: rows, columns: columns, blockSize: p, permutation: permutation,
                                                weights: weights, permutationSource: source)
        let density = [0.0, 1.0, Double(rng.uniformInt(below: 101)) / 100][rng.uniformInt(below: 3)]
        var activations = [Int16](repeating: 0, count: columns)
        for j in 0..<columns where Double(rng.uniformInt(below: 1000)) < density * 1000 {
            var x = value(&rng)
            if x == 0 { x = 1 }
            activations[j] = x
        }
        return try Layer(name: name, weights: matrix, activations: activations, relu: rng.uniformInt(below: 2) == 0)
    }

    /// `layer` (a corner case) with its weights coded in `format`, drawn from `rng`: `fixed8` keeps
    /// each weight's low byte as its 8-bit code (full-range weights give full-range codes, tiny
    /// ones stay tiny) with a shift uniform in `0...8`; `codebook4` draws 15 codebook entries among
    /// the layer's own weights (so full-range layers get full-range entries), sorted after entry
    /// 0 = 0, then an index uniform in `0...15` per weight slot (padding slots too, as corner cases
    /// give them values). `fixed16` returns `layer` and draws nothing.
    public static func recodedCornerCase(_ layer: Layer, to format: WeightFormat, rng: inout SplitMix64) throws -> Layer {
        let m = layer.weights
        let codes: [Int16], encoding: WeightEncoding
        switch format {
        case .fixed16:
            return layer
        case .fixed8:
            encoding = .fixed8(shift: rng.uniformInt(below: WeightEncoding.maxShift + 1))
            codes = m.weights.map { Int16(Int8(truncatingIfNeeded: $0)) }
        case .codebook4:
            var entries: [Int16] = []
            for _ in 1..<WeightEncoding.codebookEntries { entries.append(m.weights[rng.uniformInt(below: m.weights.count)]) }
            encoding = .codebook4([0] + entries.sorted())
            var indices: [Int16] = []
            indices.reserveCapacity(m.weights.count)
            for _ in m.weights.indices { indices.append(Int16(rng.uniformInt(below: WeightEncoding.codebookEntries))) }
            codes = indices
        }
        let matrix = try PermutedDiagonalMatrix(rows: m.rows, columns: m.columns, blockSize: m.blockSize, permutation: m.permutation,
                                                weights: codes, permutationSource: m.permutationSource, encoding: encoding)
        return try Layer(name: layer.name, weights: matrix, activations: layer.activations, relu: layer.relu)
    }
}
