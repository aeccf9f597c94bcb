import EIEModel
import FixedPoint
import Testing
import Workloads

/// `MagnitudePruning`: the linear-time selection keeps exactly the set of the sort-based
/// reference (the `target` largest magnitudes, ties to the smaller flat index), and
/// `EIELayer.fromDense` stores exactly that set.
@Suite struct MagnitudePruningTests {
    /// The kinds of seeded matrices: ties are the point of most of them.
    enum Kind: CaseIterable {
        /// float32 reals in [-0.5, 0.5): few ties.
        case uniform
        /// Integers in -3...3: many equal magnitudes, both signs, zeros.
        case smallIntegers
        /// Only 0, 1 and -1 (and -0): one magnitude for every non-zero.
        case signs
        /// All zero (some -0).
        case zeros
        /// Magnitudes a few ulps apart around 1: the selection's last rounds (the low bits) decide.
        case ulpsApart
        /// Powers of two from 2^-1074 (subnormal) to 2^1000: the first round's digits spread out.
        case exponents
        /// Mostly zero, the rest integers 1...4.
        case sparse
    }

    static func values(_ kind: Kind, count: Int, generator g: inout SplitMix64) -> [Double] {
        (0..<count).map { _ -> Double in
            let negative = g.uniformInt(below: 2) == 0
            let magnitude: Double
            switch kind {
            case .uniform: return Double(Float(g.uniformUnit() - 0.5))
            case .smallIntegers: magnitude = Double(g.uniformInt(below: 4))
            case .signs: magnitude = Double(g.uniformInt(below: 2))
            case .zeros: magnitude = 0
            case .ulpsApart: magnitude = Double(bitPattern: (1.0).bitPattern + UInt64(g.uniformInt(below: 40)))
            case .exponents: magnitude = Double(sign: .plus, exponent: g.uniformInt(below: 2075) - 1074, significand: 1)
            case .sparse: magnitude = g.uniformInt(below: 5) == 0 ? Double(1 + g.uniformInt(below: 4)) : 0
            }
            return negative ? -magnitude : magnitude
        }
    }

    /// Targets around the edges: none, one, all non-zeros and one either side, every entry, more.
    static func targets(count: Int, nonZeros: Int, generator g: inout SplitMix64) -> [Int] {
        Array(Set([0, 1, 2, count / 2, g.uniformInt(below: count + 1), max(0, nonZeros - 1), nonZeros, nonZeros + 1, count, count + 7]))
            .sorted()
    }

    @Test func selectionMatchesTheSortOnSeededMatrices() {
        var cases = 0
        for seed in UInt64(0)..<300 {
            var g = SplitMix64(seed: seed)
            let kind = Kind.allCases[Int(seed) % Kind.allCases.count]
            let count = 1 + g.uniformInt(below: seed % 10 == 0 ? 20_000 : 700)
            let values = Self.values(kind, count: count, generator: &g)
            let nonZeros = values.filter { $0 != 0 }.count
            for target in Self.targets(count: count, nonZeros: nonZeros, generator: &g) {
                let fast = MagnitudePruning.keptIndices(values, keep: target)
                let reference = MagnitudePruning.referenceKeptIndices(values, keep: target)
                #expect(fast.kept == reference.kept && fast.nonZeros == reference.nonZeros,
                        "seed \(seed) (\(kind), \(count) values, \(nonZeros) non-zero), keep \(target)")
                cases += 1
            }
        }
        #expect(cases > 2000)
    }

    @Test func tiesGoToTheSmallerFlatIndex() {
        let values: [Double] = [1, -1, 0, 2, -0.0, -2, 1, 0.5]
        #expect(MagnitudePruning.keptIndices(values, keep: 0).kept == [])
        #expect(MagnitudePruning.keptIndices(values, keep: 1).kept == [3])
        #expect(MagnitudePruning.keptIndices(values, keep: 3).kept == [0, 3, 5])
        #expect(MagnitudePruning.keptIndices(values, keep: 4).kept == [0, 1, 3, 5])
        #expect(MagnitudePruning.keptIndices(values, keep: 6).kept == [0, 1, 3, 5, 6, 7])
        // More room than non-zeros: every non-zero, and -0 is no weight.
        #expect(MagnitudePruning.keptIndices(values, keep: 8) == (kept: [0, 1, 3, 5, 6, 7], nonZeros: 6))
        #expect(MagnitudePruning.keptIndices([0, -0.0, 0], keep: 2) == (kept: [], nonZeros: 0))
    }

    /// `fromDense` does its own pass over the selection (fused with the energy sums): the
    /// entries it stores are the reference's, and its counts agree.
    @Test func fromDenseStoresTheReferenceSet() throws {
        let encoding = EIEConfig.default.encoding
        for seed in UInt64(0)..<60 {
            var g = SplitMix64(seed: 1000 + seed)
            let kind = Kind.allCases[Int(seed) % Kind.allCases.count]
            let rows = 1 + g.uniformInt(below: 40), columns = 1 + g.uniformInt(below: 40)
            let values = Self.values(kind, count: rows * columns, generator: &g)
            let array = NpyArray(shape: [rows, columns], dtype: .float32, values: values, name: "w")
            for density in [0.0, 0.05, 0.3, 0.5, 1.0] {
                let target = Int((density * Double(rows * columns)).rounded())
                let reference = MagnitudePruning.referenceKeptIndices(values, keep: target)
                let layer = try EIELayer.fromDense(weights: array, activations: nil, density: density, format: .default, name: "w", encoding: encoding)
                let decoded = layer.decodedIndices()
                let stored = decoded.indices.filter { decoded[$0] != 0 }
                #expect(stored == reference.kept, "seed \(seed) (\(kind)), density \(density)")
                #expect(layer.compression?.storedWeights == reference.kept.count)
                #expect(layer.compression?.prunedWeights == reference.nonZeros - reference.kept.count)
            }
        }
    }
}
