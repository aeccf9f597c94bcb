import FixedPoint
import NMModel
import Testing
import Workloads

/// Projection of dense weights onto N:M form, and the generator.
@Suite struct ProjectionTests {
    static let format = FixedPointFormat.default

    /// An exact N:M matrix (a generated layer's dense weights, as fixed-point codes) projects
    /// with no loss: the same values and indices, error 0, nothing pruned.
    @Test(arguments: [(1, 16), (2, 16), (3, 16), (2, 13), (1, 7)])
    func exactMatrixProjectsLosslessly(kept: Int, columns: Int) throws {
        let spec = LayerSpec(name: "exact", inputs: columns, outputs: 9, weightDensity: 0.5)
        let layer = try NMLayer.generate(spec: spec, kept: kept, format: Self.format, seed: 7)
        let dense = NpyArray(shape: [9, columns], dtype: .int16, values: layer.denseWeights().map(Double.init))
        let projected = try NMLayer.fromDense(weights: dense, kept: kept, activations: layer.activations, relu: true,
                                              format: Self.format, name: "exact")
        #expect(projected.projection?.relativeError == 0)
        #expect(projected.projection?.quantizationError == 0)
        #expect(projected.projection?.prunedWeights == 0)
        #expect(projected.denseWeights() == layer.denseWeights())
        if columns % 4 == 0 {
            #expect(projected.values == layer.values && projected.indices == layer.indices)
        }
    }

    /// Every group keeps its `kept` largest magnitudes (ties to the smaller index), and the
    /// reported error is the pruned energy over the total.
    @Test(arguments: Array(UInt64(1)...30)) func groupsKeepTheLargestMagnitudes(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let kept = 1 + rng.uniformInt(below: 3)
        let rows = 1 + rng.uniformInt(below: 12), columns = 1 + rng.uniformInt(below: 30)
        // Few distinct magnitudes, so that ties happen.
        let values = (0..<rows * columns).map { _ in Double(rng.uniformInt(below: 9) - 4) / 8 }
        let layer = try NMLayer.fromDense(weights: NpyArray(shape: [rows, columns], dtype: .float32, values: values), kept: kept,
                                          activations: [Int16](repeating: 1, count: columns), relu: false, format: Self.format, name: "p")
        var total = 0.0, dropped = 0.0
        for i in 0..<rows {
            for g in 0..<layer.groups {
                let slots = (0..<kept).map { (i * layer.groups + g) * kept + $0 }
                let keptIndices = slots.map { Int(layer.indices[$0]) }
                let magnitudes: [Double] = (0..<4).map { t in g * 4 + t < columns ? abs(values[i * columns + g * 4 + t]) : 0 }
                let order: [Int] = (0..<4).sorted { a, b in magnitudes[a] != magnitudes[b] ? magnitudes[a] > magnitudes[b] : a < b }
                let expected: [Int] = order.prefix(kept).sorted()
                #expect(keptIndices == expected, "seed \(seed) row \(i) group \(g)")
                for t in 0..<4 where g * 4 + t < columns {
                    let w: Double = values[i * columns + g * 4 + t]
                    total += w * w
                    if !keptIndices.contains(t) { dropped += w * w }
                }
            }
        }
        let error = try #require(layer.projection?.relativeError)
        #expect(abs(error - (total > 0 ? (dropped / total).squareRoot() : 0)) < 1e-12)
    }

    /// Padding: 5 inputs make two groups, the second with 3 zero inputs; its one real weight
    /// stays and a kept padding slot holds 0.
    @Test func paddingGroupKeepsTheRealWeight() throws {
        let values: [Double] = [0.5, -0.25, 0.125, 1, -2]
        let layer = try NMLayer.fromDense(weights: NpyArray(shape: [1, 5], dtype: .float32, values: values), kept: 2,
                                          activations: [256, 256, 256, 256, 256], relu: false, format: Self.format, name: "pad")
        #expect(layer.paddedColumns == 3 && layer.groups == 2)
        #expect(Array(layer.indices) == [0, 3, 0, 1])
        #expect(Array(layer.values) == [128, 256, -512, 0])
        #expect(layer.projection?.prunedWeights == 2)
    }

    /// Generated layers keep exactly `kept` of 4, the same for the same seed, valid patterns only.
    @Test func generatedLayerIsNM() throws {
        let spec = LayerSpec(name: "gen", inputs: 37, outputs: 11, weightDensity: 0.09)
        for kept in 1...3 {
            let a = try NMLayer.generate(spec: spec, kept: kept, format: Self.format, seed: 3)
            let b = try NMLayer.generate(spec: spec, kept: kept, format: Self.format, seed: 3)
            #expect(a == b)
            #expect(a.storedWeights == 11 * 10 * kept)
            #expect(a.weightDensity == Double(kept) / 4)
            #expect(a.activations == (try LayerGenerator.activations(spec, format: Self.format, seed: 3)))
            #expect(NMLayer.patterns(kept: kept).count == [4, 6, 4][kept - 1])
        }
    }

    /// The layer refuses broken formats: decreasing indices, a weight in the padding.
    @Test func layerChecksItsFormat() {
        #expect(throws: NMError.self) {
            try NMLayer(name: "bad", rows: 1, columns: 4, kept: 2, values: [1, 1], indices: [2, 1], activations: [0, 0, 0, 0],
                        relu: false, format: Self.format)
        }
        #expect(throws: NMError.self) {
            try NMLayer(name: "bad", rows: 1, columns: 3, kept: 2, values: [1, 1], indices: [1, 3], activations: [0, 0, 0],
                        relu: false, format: Self.format)
        }
    }
}
