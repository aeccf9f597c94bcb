import ConfigSupport
import DiagonalModel
import FixedPoint
import Testing
import Workloads

/// The diagonal definition, the generator, the projection from dense weights, and the config.
@Suite struct LayerTests {
    /// DynaDiag's diagonals: `max(m, n)` of them, `min(m, n)` long, disjoint, so `K` of them keep
    /// density `K / max(m, n)`.
    @Test(arguments: [(5, 3), (3, 5), (4, 4), (1, 7), (7, 1)]) func diagonalsTileTheMatrix(shape: (Int, Int)) throws {
        let (m, n) = shape
        let count = max(m, n), length = min(m, n)
        let layer = try DiagonalLayer(name: "all", rows: m, columns: n, offsets: Array(0..<count),
                                      weights: (0..<(count * length)).map { Int16($0 + 1) }, activations: [Int16](repeating: 0, count: n), relu: false)
        let dense = layer.denseWeights()
        #expect(Set(dense).count == m * n && !dense.contains(0))
        // Column j meets each diagonal at most once, exactly once when tall.
        for j in 0..<n {
            let hits = layer.offsets.compactMap { layer.entry(column: j, offset: $0) }
            #expect(hits.count == (m >= n ? count : m))
            #expect(Set(hits.map(\.row)).count == hits.count)
        }
    }

    @Test func generatedLayersKeepRoundDensityTimesDiagonals() throws {
        let spec = LayerSpec(name: "g", inputs: 4096, outputs: 1000, weightDensity: 0.25, activationDensity: 0.4, relu: true)
        let layer = try DiagonalLayer.generate(spec: spec, seed: 1)
        #expect(layer.diagonals == 1024 && layer.storedWeights == 1024 * 1000)
        #expect(layer.weights.allSatisfy { $0 >= -128 && $0 <= 127 })
        #expect(try DiagonalLayer.generate(spec: spec, seed: 1) == layer)
        #expect(try DiagonalLayer.generate(spec: spec, seed: 2) != layer)
        #expect(try DiagonalLayer.diagonalCount(weightDensity: 0.0001, rows: 10, columns: 20) == 1)
        #expect(throws: DiagonalError.self) { try DiagonalLayer.diagonalCount(weightDensity: 0, rows: 10, columns: 20) }
    }

    /// A matrix that is already `K`-diagonal comes back unchanged, with no error.
    @Test(arguments: [(30, 17), (17, 30), (12, 12)]) func projectionOfADiagonalMatrixIsLossless(shape: (Int, Int)) throws {
        let (m, n) = shape
        let spec = LayerSpec(name: "p", inputs: n, outputs: m, weightDensity: 0.2, activationDensity: 1, relu: false)
        let layer = try DiagonalLayer.generate(spec: spec, seed: 5)
        let dense = NpyArray(shape: [m, n], dtype: .int16, values: layer.denseWeights().map(Double.init))
        let projected = try DiagonalLayer.fromDense(weights: dense, diagonals: layer.diagonals, activations: layer.activations,
                                                    relu: false, name: "p")
        #expect(projected.offsets == layer.offsets && projected.weights == layer.weights)
        #expect(projected.projection?.relativeError == 0 && projected.projection?.quantizationError == 0)
        #expect(DiagonalReference.outputs(projected) == DiagonalReference.outputs(layer))
    }

    /// The error is `||W - P(W)|| / ||W||` over the dense entries, and keeping any other set of
    /// `K` diagonals loses at least as much.
    @Test(arguments: [(9, 14), (14, 9)]) func projectionKeepsTheStrongestDiagonals(shape: (Int, Int)) throws {
        let (m, n) = shape
        var rng = SplitMix64(seed: 99)
        let values = (0..<(m * n)).map { _ in rng.uniformUnit() - 0.5 }
        let dense = NpyArray(shape: [m, n], dtype: .float32, values: values)
        let k = 4
        let projected = try DiagonalLayer.fromDense(weights: dense, diagonals: k, activations: [Int16](repeating: 0, count: n),
                                                    relu: false, name: "r")
        func error(_ offsets: [Int]) throws -> Double {
            let mask = try DiagonalLayer(name: "m", rows: m, columns: n, offsets: offsets.sorted(),
                                         weights: [Int16](repeating: 1, count: offsets.count * min(m, n)),
                                         activations: [Int16](repeating: 0, count: n), relu: false).denseWeights()
            let total = values.reduce(0) { $0 + $1 * $1 }
            let dropped = zip(values, mask).reduce(0) { $0 + ($1.1 == 0 ? $1.0 * $1.0 : 0) }
            return (dropped / total).squareRoot()
        }
        let reported = try #require(projected.projection?.relativeError)
        #expect(abs(reported - (try error(projected.offsets))) < 1e-12)
        for other in 0..<max(m, n) where !projected.offsets.contains(other) {
            var swapped = projected.offsets
            swapped[0] = other
            #expect(try error(swapped) >= reported - 1e-12)
        }
        #expect(reported > 0 && reported < 1)
    }

    @Test func configValidationNamesTheKey() throws {
        var config = DiagonalConfig()
        config.pes = 0
        #expect(throws: DiagonalError.invalid(field: "engine.pes", rule: "must be in 1...4096 (got 0)")) { try config.validate() }
        config = DiagonalConfig()
        try DiagonalConfig.keys.apply(assignment: "pe.multipliers=16", to: &config)
        #expect(config.multipliers == 16)
        #expect(throws: ConfigError.self) { try DiagonalConfig.keys.apply(assignment: "pe.multiplier=16", to: &config) }
        try DiagonalConfig.keys.apply(assignment: "fixed-point.accumulator-bits=99", to: &config)
        #expect(throws: DiagonalError.invalid(field: "fixed-point.accumulator-bits", rule: "must be in 16...48 (got 99)")) { try config.validate() }
        #expect(throws: DiagonalError.self) { try DiagonalEngine(config: config) }
    }
}
