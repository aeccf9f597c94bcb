import ConfigSupport
import EIEModel
import FixedPoint
import Testing
import Workloads

/// `EIELayer.generate` and `EIELayer.fromDense`.
@Suite struct BuilderTests {
    static let spec = LayerSpec(name: "small", inputs: 300, outputs: 200, weightDensity: 0.09, activationDensity: 0.35)

    @Test func generateStoresExactlyTheDensity() throws {
        for (density, outputs, inputs) in [(0.09, 200, 300), (0.25, 37, 91), (1.0, 5, 7), (0.001, 100, 100)] {
            // p is PermDNN's block size, validated by the shared generator of the activations.
            let spec = LayerSpec(name: "d\(density)", inputs: inputs, outputs: outputs, weightDensity: density, activationDensity: 0.5,
                                 blockSize: 4)
            let layer = try EIELayer.generate(spec: spec, format: .default, seed: 3, encoding: smallConfig(pes: 8).encoding)
            #expect(layer.storedWeights == Int((density * Double(inputs * outputs)).rounded()), "density \(density)")
            #expect(layer.codebook.count == 16 && layer.codebook[0] == 0)
            #expect(layer.compression?.storedWeights == layer.storedWeights)
        }
    }

    @Test func generateIsDeterministicAndSeeded() throws {
        let encoding = smallConfig(pes: 8).encoding
        let a = try EIELayer.generate(spec: Self.spec, format: .default, seed: 11, encoding: encoding)
        let b = try EIELayer.generate(spec: Self.spec, format: .default, seed: 11, encoding: encoding)
        let c = try EIELayer.generate(spec: Self.spec, format: .default, seed: 12, encoding: encoding)
        #expect(a == b)
        #expect(a.decodedIndices() != c.decodedIndices())
        // Moving to another PE count keeps the weights.
        let other = try EIELayer.generate(spec: Self.spec, format: .default, seed: 11, encoding: smallConfig(pes: 5).encoding)
        #expect(other.decodedWeights() == a.decodedWeights())
    }

    /// PermDNN and EIE see the same input vector for the same spec and seed.
    @Test func generateUsesTheSharedActivations() throws {
        let layer = try EIELayer.generate(spec: Self.spec, format: .default, seed: 5, encoding: smallConfig(pes: 8).encoding)
        let permdnn = try LayerGenerator.generate(Self.spec, format: .default, seed: 5)
        #expect(layer.activations == permdnn.activations)
        // Whatever PermDNN's block size: the inputs do not depend on p or the weights.
        #expect(layer.activations == (try LayerGenerator.activations(Self.spec, format: .default, seed: 5)))
        for p in [1, 3, 7, 20, 300] {
            var other = Self.spec
            other.blockSize = p
            let eie = try EIELayer.generate(spec: other, format: .default, seed: 5, encoding: smallConfig(pes: 8).encoding)
            #expect(eie.activations == layer.activations, "p = \(p)")
            #expect(eie.decodedWeights() == layer.decodedWeights(), "p = \(p)")
            #expect(try LayerGenerator.generate(other, format: .default, seed: 5).activations == layer.activations, "p = \(p)")
        }
        #expect(layer.relu == Self.spec.relu)
    }

    /// Generated weights are non-zero codes in [-0.5, 0.5) before sharing; every stored weight
    /// decodes to a centroid of them.
    @Test func generatedWeightsAreInRange() throws {
        let layer = try EIELayer.generate(spec: Self.spec, format: .default, seed: 9, encoding: smallConfig(pes: 8).encoding)
        #expect(layer.codebook.dropFirst().allSatisfy { $0 >= -128 && $0 <= 127 })
        #expect(layer.compression.map { $0.quantizationError > 0 && $0.quantizationError < 0.1 } == true)
        let result = try runChecked(layer, smallConfig(pes: 8))
        #expect(result.nonZeroInputs == Int((0.35 * 300).rounded()))
    }

    /// A matrix already sparser than asked keeps its non-zeros exactly (weights on the codebook grid).
    @Test func fromDenseKeepsAnAlreadySparseMatrix() throws {
        var values = [Double](repeating: 0, count: 6 * 5)
        values[0] = 0.5; values[7] = -0.25; values[13] = 1.0; values[29] = 0.125
        let array = NpyArray(shape: [6, 5], dtype: .float32, values: values, name: "w.npy")
        let layer = try EIELayer.fromDense(weights: array, activations: nil, density: 0.5, format: .default, name: "w",
                                           encoding: smallConfig(pes: 2).encoding)
        let expected = values.map { FixedPointFormat.default.quantize($0) ?? 0 }
        #expect(layer.decodedWeights() == expected)
        #expect(layer.compression?.prunedWeights == 0)
        #expect(layer.compression?.pruningError == 0)
        #expect(layer.compression?.quantizationError == 0)
        #expect(layer.activations == [Int16](repeating: 256, count: 5))
    }

    /// Pruning keeps the largest magnitudes, ties to the smaller flat index.
    @Test func fromDensePrunesByMagnitude() throws {
        let values: [Double] = [0.1, -0.9, 0.3, 0.3,
                                0.5, 0.0, -0.3, 0.05]
        let array = NpyArray(shape: [2, 4], dtype: .float32, values: values, name: "w.npy")
        let layer = try EIELayer.fromDense(weights: array, activations: [1, 2, 3, 4], density: 0.5, format: .default, name: "w",
                                           relu: false, encoding: smallConfig().encoding)
        let kept = layer.decodedIndices().map { $0 != 0 }
        #expect(kept == [false, true, true, true, true, false, false, false])
        let report = try #require(layer.compression)
        #expect(report.storedWeights == 4 && report.prunedWeights == 3)
        let total = values.reduce(0) { $0 + $1 * $1 }
        let dropped = 0.1 * 0.1 + 0.3 * 0.3 + 0.05 * 0.05
        #expect(abs(report.pruningError - (dropped / total).squareRoot()) < 1e-12)
        #expect(layer.activations == [1, 2, 3, 4])
        #expect(!layer.relu)
    }

    /// Integer arrays hold raw codes; a sparse int16 layer imports unchanged and runs bit-exact.
    @Test func fromDenseIntegerCodes() throws {
        let values: [Double] = [0, 300, 0, -7, 0, 0, 12, 0, 0]
        let array = NpyArray(shape: [3, 3], dtype: .int16, values: values, name: "w.npy")
        let layer = try EIELayer.fromDense(weights: array, activations: [5, -6, 7], density: 1, format: .default, name: "w",
                                           encoding: smallConfig(pes: 2).encoding)
        #expect(layer.decodedWeights() == values.map { Int16($0) })
        _ = try runChecked(layer, smallConfig(pes: 2))
    }

    @Test func fromDenseRefusesBadInput() {
        let encoding = smallConfig().encoding
        let nan = NpyArray(shape: [2, 2], dtype: .float32, values: [0, .nan, 0, 1], name: "w.npy")
        #expect(throws: WorkloadError.invalid(field: "weights", rule: "value at [0, 1] is nan (weights must be finite)", location: "w")) {
            try EIELayer.fromDense(weights: nan, activations: nil, density: 0.5, format: .default, name: "w", encoding: encoding)
        }
        let ok = NpyArray(shape: [2, 2], dtype: .float32, values: [0, 1, 0, 1], name: "w.npy")
        #expect(throws: EIEError.self) {
            try EIELayer.fromDense(weights: ok, activations: nil, density: 1.5, format: .default, name: "w", encoding: encoding)
        }
        #expect(throws: EIEError.self) {
            try EIELayer.fromDense(weights: ok, activations: [1], density: 0.5, format: .default, name: "w", encoding: encoding)
        }
        let flat = NpyArray(shape: [4], dtype: .float32, values: [0, 1, 0, 1], name: "w.npy")
        #expect(throws: WorkloadError.invalid(field: "weights", rule: "a dense matrix must be 2-D out x in with both sizes at least 1 (got shape (4,))", location: "w")) {
            try EIELayer.fromDense(weights: flat, activations: nil, density: 0.5, format: .default, name: "w", encoding: encoding)
        }
    }
}
