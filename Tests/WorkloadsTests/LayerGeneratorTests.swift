import FixedPoint
import Testing
@testable import Workloads

struct LayerGeneratorTests {
    /// A small layer with padding in both directions (m = 5, n = 6 would not pad columns at p = 3,
    /// so the golden case pads rows only; `padded` below pads both).
    static let golden = LayerSpec(name: "golden", inputs: 6, outputs: 5, weightDensity: 1.0 / 3, activationDensity: 0.5, blockSize: 3,
                                  activationSign: .signed)

    // Expected values computed independently by a Python transcription of the distributions
    // documented on `LayerGenerator` (weights: SplitMix64 stream from derive(7, "golden"); k per
    // block; one draw per weight slot. Activations: stream from derive(7, "activations/golden");
    // partial Fisher-Yates; values in increasing position order).
    @Test func goldenLayerMatchesDocumentedDistributions() throws {
        let layer = try LayerGenerator.generate(Self.golden, format: format8, seed: 7)
        #expect(layer.weights.permutation == [2, 2, 1, 2])
        #expect(layer.weights.weights == [38, 48, 87, 64, -33, -24, 0, -109, 24, -67, 0, -16])
        #expect(layer.activations == [0, 272, -99, 0, 720, 0])
        #expect(layer.name == "golden" && layer.relu)
    }

    @Test func goldenLayerWithoutFractionBits() throws {
        var spec = Self.golden
        spec.activationSign = .nonNegative
        let layer = try LayerGenerator.generate(spec, format: FixedPointFormat(fractionBits: 0, accumulatorBits: 32), seed: 7)
        #expect(layer.weights.weights == [0, 0, 0, -1, 1, -1, 0, 1, 1, -1, 0, 0])
        #expect(layer.activations == [0, 2, 1, 0, 3, 0])
    }

    @Test func deterministicPerSeed() throws {
        let spec = LayerSpec(name: "det", inputs: 300, outputs: 200, weightDensity: 0.1, activationDensity: 0.3)
        let a = try LayerGenerator.generate(spec, format: format8, seed: 1)
        let b = try LayerGenerator.generate(spec, format: format8, seed: 1)
        let c = try LayerGenerator.generate(spec, format: format8, seed: 2)
        #expect(a == b)
        #expect(a.weights.weights != c.weights.weights)
        #expect(a.weights.permutation != c.weights.permutation)
        #expect(a.activations != c.activations)
        // The layer name labels the stream too.
        var renamed = spec
        renamed.name = "det2"
        #expect(try LayerGenerator.generate(renamed, format: format8, seed: 1).weights != a.weights)
    }

    @Test(arguments: [(100, 0.0), (100, 1.0), (100, 0.351), (101, 0.5), (9216, 0.351), (25088, 0.183), (7, 0.5)])
    func exactActivationCount(n: Int, density: Double) throws {
        let spec = LayerSpec(name: "count", inputs: n, outputs: 8, weightDensity: 0.5, activationDensity: density, blockSize: 4)
        let layer = try LayerGenerator.generate(spec, format: format8, seed: 3)
        let nonZero = layer.activations.filter { $0 != 0 }.count
        #expect(nonZero == Int((density * Double(n)).rounded()))
        #expect(layer.activations.allSatisfy { $0 >= 0 && $0 <= 1023 })
    }

    @Test func signedActivationsHaveBothSignsInRange() throws {
        let spec = LayerSpec(name: "signed", inputs: 2000, outputs: 4, weightDensity: 0.5, activationDensity: 1.0, activationSign: .signed)
        let layer = try LayerGenerator.generate(spec, format: format8, seed: 5)
        #expect(layer.activations.allSatisfy { $0 != 0 && abs(Int($0)) <= 1023 })
        let negatives = layer.activations.filter { $0 < 0 }.count
        #expect(negatives > 800 && negatives < 1200)
    }

    @Test func weightsCoverTheDocumentedRange() throws {
        let spec = LayerSpec(name: "range", inputs: 512, outputs: 512, weightDensity: 0.25)
        let weights = try LayerGenerator.generateWeights(spec, format: format8, seed: 9).weights
        #expect(weights.min() == -128 && weights.max() == 127)
        let f4 = try LayerGenerator.generateWeights(spec, format: FixedPointFormat(fractionBits: 4, accumulatorBits: 32), seed: 9).weights
        #expect(f4.min() == -8 && f4.max() == 7)
    }

    @Test func fifteenFractionBitsClampActivationsToInt16() throws {
        let spec = LayerSpec(name: "f15", inputs: 500, outputs: 4, weightDensity: 0.5, activationDensity: 1.0)
        let layer = try LayerGenerator.generate(spec, format: FixedPointFormat(fractionBits: 15, accumulatorBits: 48), seed: 1)
        #expect(layer.activations.allSatisfy { $0 >= 1 })
        #expect(layer.weights.weights.allSatisfy { $0 >= -16384 && $0 <= 16383 })
        #expect(message { _ = try LayerGenerator.generate(spec, format: FixedPointFormat(fractionBits: 16, accumulatorBits: 48), seed: 1) }
            == "fraction-bits: must be in 0...15 (got 16)")
    }

    @Test(arguments: [PermutationSource.stored, .formula])
    func paddingHoldsZeroWeights(source: PermutationSource) throws {
        let spec = LayerSpec(name: "padded", inputs: 10, outputs: 7, weightDensity: 0.25, blockSize: 4, permutation: source)
        let matrix = try LayerGenerator.generateWeights(spec, format: format8, seed: 11)
        #expect(matrix.blockRows == 2 && matrix.blockColumns == 3)
        #expect(matrix.paddedRows == 1 && matrix.paddedColumns == 2)
        var inside = 0
        for r in 0..<matrix.blockRows {
            for c in 0..<matrix.blockColumns {
                let k = matrix.permutationValue(blockRow: r, blockColumn: c)
                for t in 0..<4 {
                    let row = r * 4 + ((t - k) % 4 + 4) % 4, column = c * 4 + t
                    let weight = matrix.weights[(r * matrix.blockColumns + c) * 4 + t]
                    #expect(matrix.weight(row: row, column: column) == weight)
                    if row >= 7 || column >= 10 {
                        #expect(weight == 0, "padding slot r=\(r) c=\(c) t=\(t)")
                    } else if weight != 0 {
                        inside += 1
                    }
                }
            }
        }
        #expect(inside >= 15)  // about 17 real slots, almost all non-zero
    }

    @Test func formulaPermutationValues() throws {
        let spec = LayerSpec(name: "formula", inputs: 30, outputs: 20, weightDensity: 0.2, permutation: .formula)
        let matrix = try LayerGenerator.generateWeights(spec, format: format8, seed: 1)
        #expect(matrix.permutationSource == .formula)
        // p = 5, Mb = 4, Nb = 6: k = (r*6 + c) mod 5.
        let expected = (0..<4).flatMap { r in (0..<6).map { c in Int32((r * 6 + c) % 5) } }
        #expect(matrix.permutation == expected)
    }

    @Test func generateWeightsEqualsGenerate() throws {
        for spec in [Self.golden, try WorkloadCatalog.layer(named: "neuraltalk-lstm"),
                     LayerSpec(name: "f", inputs: 33, outputs: 17, weightDensity: 0.2, permutation: .formula)] {
            let layer = try LayerGenerator.generate(spec, format: format8, seed: 123)
            #expect(try LayerGenerator.generateWeights(spec, format: format8, seed: 123) == layer.weights)
        }
    }

    /// The input vector depends on the seed, the name, `in`, the activation density and sign and
    /// the format only: every `p`, permutation source, output count and weight density gives the same.
    @Test func activationsDoNotDependOnTheWeights() throws {
        let base = LayerSpec(name: "shared", inputs: 240, outputs: 96, weightDensity: 0.1, activationDensity: 0.35)
        let reference = try LayerGenerator.activations(base, format: format8, seed: 4)
        #expect(reference.filter { $0 != 0 }.count == 84)
        #expect(try LayerGenerator.generate(base, format: format8, seed: 4).activations == reference)
        var variants: [LayerSpec] = []
        for p in [1, 2, 3, 8, 10, 16, 96, 240] {
            var spec = base
            spec.blockSize = p
            variants.append(spec)
        }
        var formula = base
        formula.permutation = .formula
        var otherShape = base
        otherShape.outputs = 7
        otherShape.weightDensity = 0.5
        variants += [formula, otherShape]
        for spec in variants {
            let layer = try LayerGenerator.generate(spec, format: format8, seed: 4)
            #expect(layer.activations == reference, "p = \(spec.resolvedBlockSize()), \(spec.permutation), out = \(spec.outputs)")
        }
        // Only the weights move with p.
        var p2 = base
        p2.blockSize = 2
        #expect(try LayerGenerator.generate(p2, format: format8, seed: 4).weights != (try LayerGenerator.generate(base, format: format8, seed: 4)).weights)
        // A density whose p would exceed the layer (valid for EIE and CirCNN, not for PermDNN) still has inputs.
        let tiny = LayerSpec(name: "tiny", inputs: 4, outputs: 3, weightDensity: 0.05, activationDensity: 0.5)
        #expect(message { try tiny.validate() }.hasPrefix("weight-density:"))
        #expect(try LayerGenerator.activations(tiny, format: format8, seed: 4).filter { $0 != 0 }.count == 2)
        // The seed, the name, the density and the sign do change them.
        var renamed = base
        renamed.name = "shared2"
        var denser = base
        denser.activationDensity = 0.5
        var signed = base
        signed.activationSign = .signed
        for other in [renamed, denser, signed] {
            #expect(try LayerGenerator.activations(other, format: format8, seed: 4) != reference)
        }
        #expect(try LayerGenerator.activations(base, format: format8, seed: 5) != reference)
        #expect(message { _ = try LayerGenerator.activations(LayerSpec(name: "bad", inputs: 10, outputs: 10, weightDensity: 0.1, activationDensity: -1),
                                                             format: format8, seed: 1) } == "act-density: must be a number in [0, 1] (got -1.0)")
    }

    @Test func catalogueLayersGetTheirBlockSize() throws {
        for (name, p) in [("alexnet-fc8", 4), ("vgg16-fc8", 4), ("neuraltalk-wd", 9)] {
            let spec = try WorkloadCatalog.layer(named: name)
            let layer = try LayerGenerator.generate(spec, format: format8, seed: 1)
            #expect(layer.weights.blockSize == p)
            #expect(layer.weights.rows == spec.outputs && layer.weights.columns == spec.inputs)
            #expect(layer.activations.filter { $0 != 0 }.count == Int((spec.activationDensity * Double(spec.inputs)).rounded()))
        }
    }

    @Test func invalidSpecIsRejected() {
        let spec = LayerSpec(name: "bad", inputs: 10, outputs: 10, weightDensity: 0.1, activationDensity: 2)
        #expect(message { _ = try LayerGenerator.generate(spec, format: format8, seed: 1) }.hasPrefix("act-density:"))
        #expect(message { _ = try LayerGenerator.generateWeights(spec, format: format8, seed: 1) }.hasPrefix("act-density:"))
    }
}
