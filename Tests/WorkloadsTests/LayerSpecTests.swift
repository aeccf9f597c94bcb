import Foundation
import Testing
@testable import Workloads

struct LayerSpecTests {
    private func spec(inputs: Int = 100, outputs: Int = 50, weightDensity: Double = 0.1, activationDensity: Double = 0.5,
                      blockSize: Int? = nil) -> LayerSpec {
        LayerSpec(name: "t", inputs: inputs, outputs: outputs, weightDensity: weightDensity, activationDensity: activationDensity,
                  blockSize: blockSize)
    }

    @Test func blockSizeFromDensityRoundsToNearest() {
        #expect(spec(weightDensity: 0.09).resolvedBlockSize() == 11)
        #expect(spec(weightDensity: 0.04).resolvedBlockSize() == 25)
        #expect(spec(weightDensity: 0.25).resolvedBlockSize() == 4)
        #expect(spec(weightDensity: 0.23).resolvedBlockSize() == 4)
        #expect(spec(weightDensity: 0.11).resolvedBlockSize() == 9)
        #expect(spec(weightDensity: 0.4).resolvedBlockSize() == 3)  // 2.5 rounds away from zero
        #expect(spec(weightDensity: 1).resolvedBlockSize() == 1)
        #expect(spec(weightDensity: 0.09, blockSize: 7).resolvedBlockSize() == 7)
        // Total even for invalid densities (validate rejects them).
        #expect(spec(weightDensity: 0).resolvedBlockSize() >= 1)
        #expect(spec(weightDensity: .nan).resolvedBlockSize() == 1)
        #expect(spec(weightDensity: 1e-300).resolvedBlockSize() >= 1)
    }

    @Test(arguments: [
        (LayerSpec(name: "t", inputs: 0, outputs: 5, weightDensity: 0.5), "in: must be at least 1 (got 0)"),
        (LayerSpec(name: "t", inputs: 5, outputs: -1, weightDensity: 0.5), "out: must be at least 1 (got -1)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 5, weightDensity: 0), "weight-density: must be a number in (0, 1] (got 0.0)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 5, weightDensity: 1.5), "weight-density: must be a number in (0, 1] (got 1.5)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 5, weightDensity: .nan), "weight-density: must be a number in (0, 1] (got nan)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 5, weightDensity: 0.5, activationDensity: -0.1), "act-density: must be a number in [0, 1] (got -0.1)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 5, weightDensity: 0.5, activationDensity: .nan), "act-density: must be a number in [0, 1] (got nan)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 5, weightDensity: 0.5, blockSize: 0), "p: must be at least 1 (got 0)"),
        (LayerSpec(name: "t", inputs: 5, outputs: 3, weightDensity: 0.5, blockSize: 6), "p: must not exceed the layer's larger dimension 5 (got 6)"),
        (LayerSpec(name: "", inputs: 5, outputs: 3, weightDensity: 0.5), "name: must not be empty"),
    ])
    func validateNamesFieldAndRule(spec: LayerSpec, expected: String) {
        #expect(message { try spec.validate() } == expected)
    }

    @Test func densityThatGivesTooLargeBlockIsRejected() {
        let small = LayerSpec(name: "t", inputs: 4, outputs: 3, weightDensity: 0.01)
        #expect(message { try small.validate() }.hasPrefix("weight-density: gives p = round(1/0.01) = 100"))
    }

    @Test func hugeLayerIsRejectedNotTrapped() {
        let huge = LayerSpec(name: "t", inputs: Int.max / 2, outputs: Int.max / 2, weightDensity: 1)
        #expect(LayerGenerator.estimatedBytes(huge) == Int.max)
        #expect(message { try huge.validate() }.contains("too large"))
    }

    @Test func estimatedBytesCountsWeightsPermutationAndActivations() throws {
        // alexnet-fc8: p = 4, Mb = 250, Nb = 1024: 256000 blocks.
        let spec = try WorkloadCatalog.layer(named: "alexnet-fc8")
        #expect(LayerGenerator.estimatedBytes(spec) == 256_000 * 4 * 2 + 256_000 * 4 + 4096 * 2)
        // Padding counts: 10 x 7 at p = 4 is 3 x 2 blocks.
        #expect(LayerGenerator.estimatedBytes(LayerSpec(name: "t", inputs: 7, outputs: 10, weightDensity: 1, blockSize: 4)) == 6 * 4 * 2 + 6 * 4 + 14)
    }

    @Test func codableRoundTrip() throws {
        let original = try WorkloadCatalog.layer(named: "vgg16-fc6")
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(LayerSpec.self, from: data) == original)
    }
}
