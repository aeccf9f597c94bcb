@testable import CirCNNModel
import Foundation
import Testing
import Workloads

/// Configuration rules, block-size derivation, and the engine/layer pairing checks.
@Suite struct ConfigTests {
    @Test func defaultIsTheIsoMultiplierDesignPoint() throws {
        let config = CirCNNConfig.default
        try config.validate()
        #expect(config.multiplierBudget == 256)
        #expect(config.usedMultipliers == 256)
        #expect(config.clockGHz == 1.2)
        #expect(config.butterflyUnits == 8 && config.cmacLanes == 56)
    }

    @Test func nonPowerOfTwoBlockSizeIsRejected() throws {
        var config = CirCNNConfig()
        config.blockSize = 12
        #expect(circnnMessage { try config.validate() } == "circnn.block-size: must be a power of two (got 12)")
        config.blockSize = 0
        #expect(circnnMessage { try config.validate() } == "circnn.block-size: must be a power of two (got 0)")
        config.blockSize = 8192
        #expect(circnnMessage { try config.validate() } == "circnn.block-size: must be at most 4096 (got 8192)")
        let spec = LayerSpec(name: "x", inputs: 30, outputs: 20, weightDensity: 0.1)
        #expect(circnnMessage { _ = try CirCNNLayer.generate(spec: spec, blockSize: 6, seed: 1) } == "circnn.block-size: must be a power of two (got 6)")
        #expect(circnnMessage {
            _ = try CirCNNLayer(name: "x", rows: 3, columns: 3, blockSize: 3, weights: [1, 2, 3], activations: [1, 2, 3], relu: false, format: .default)
        } == "circnn.block-size: must be a power of two (got 3)")
        let dense = NpyArray(shape: [4, 4], dtype: .float32, values: [Double](repeating: 0.5, count: 16))
        #expect(circnnMessage {
            _ = try CirCNNLayer.fromDense(weights: dense, blockSize: 5, activations: [1, 2, 3, 4], relu: false, name: "w.npy")
        } == "circnn.block-size: must be a power of two (got 5)")
    }

    @Test func everyFieldIsChecked() {
        func message(_ change: (inout CirCNNConfig) -> Void) -> String {
            var config = CirCNNConfig()
            change(&config)
            return circnnMessage { try config.validate() }
        }
        #expect(message { $0.cmacLanes = 57 } == "circnn.cmac-lanes: butterfly units and CMAC lanes need 4 real multipliers each: 4 x (8 + 57) = 260 exceeds circnn.multiplier-budget 256")
        #expect(message { $0.butterflyUnits = 0 } == "circnn.butterfly-units: must be in 1...262144 (got 0)")
        #expect(message { $0.cmacLanes = 0 } == "circnn.cmac-lanes: must be in 1...262144 (got 0)")
        #expect(message { $0.multiplierBudget = 2 } == "circnn.multiplier-budget: must be in 4...1048576 (got 2)")
        #expect(message { $0.clockGHz = 0 } == "circnn.clock-ghz: must be a number in [0.001, 100] GHz (got 0.0)")
        #expect(message { $0.clockGHz = .nan }.hasPrefix("circnn.clock-ghz: "))
        #expect(message { $0.butterflyDepth = 0 } == "circnn.butterfly-depth: must be in 1...64 (got 0)")
        #expect(message { $0.cmacDepth = 65 } == "circnn.cmac-depth: must be in 1...64 (got 65)")
        #expect(message { $0.normalizeDepth = -1 } == "circnn.normalize-depth: must be in 0...64 (got -1)")
        #expect(message { $0.outputDepth = 99 } == "circnn.output-depth: must be in 0...64 (got 99)")
        #expect(message { $0.format.fractionBits = 16 } == "fixed-point.fraction-bits: must be in 0...15 (got 16)")
        #expect(message { $0.format.accumulatorBits = 64 } == "circnn.accumulator-bits: must be in 16...48 (got 64)")
        #expect(message { $0.twiddleFractionBits = 15 } == "circnn.twiddle-fraction-bits: must be in 1...14 (got 15); 16-bit twiddles must hold +1.0 and -1.0")
        #expect(message { $0.multiplierBudget = 300 } == "")
    }

    @Test func blockSizeIsThePowerOfTwoNearestToOneOverDensity() throws {
        let expected = ["alexnet-fc6": 8, "alexnet-fc7": 8, "alexnet-fc8": 4, "vgg16-fc6": 32, "vgg16-fc7": 32,
                        "vgg16-fc8": 4, "neuraltalk-we": 8, "neuraltalk-wd": 8, "neuraltalk-lstm": 8]
        for spec in WorkloadCatalog.eieSuite {
            #expect(try CirCNNConfig.defaultBlockSize(weightDensity: spec.weightDensity) == expected[spec.name], "\(spec.name)")
        }
        #expect(try CirCNNConfig.defaultBlockSize(weightDensity: 1) == 1)
        #expect(try CirCNNConfig.defaultBlockSize(weightDensity: 1.0 / 12) == 8)  // tie: the smaller k
        #expect(try CirCNNConfig.defaultBlockSize(weightDensity: 1.0 / 13) == 16)
        #expect(try CirCNNConfig.defaultBlockSize(weightDensity: 1.0 / 5000) == 4096)
        #expect(circnnMessage { _ = try CirCNNConfig.defaultBlockSize(weightDensity: 1e-6) }.hasPrefix("weight-density: gives a CirCNN block size above 4096"))
        #expect(circnnMessage { _ = try CirCNNConfig.defaultBlockSize(weightDensity: 0) }.hasPrefix("weight-density: must be a number in (0, 1]"))
        var config = CirCNNConfig()
        config.blockSize = 16
        #expect(try config.resolvedBlockSize(weightDensity: 0.09) == 16)
        config.blockSize = nil
        #expect(try config.resolvedBlockSize(weightDensity: 0.09) == 8)
    }

    @Test func engineChecksTheLayerAgainstItsConfig() throws {
        let layer = try TimingTests.layer(rows: 10, columns: 10, k: 4)
        var config = CirCNNConfig()
        config.format.fractionBits = 10
        #expect(circnnMessage { _ = try CirCNNEngine(config: config).run(layer) }
            == "circnn.fraction-bits: the layer was built with 8 fraction bits, the engine is configured for 10")
        config = CirCNNConfig()
        config.blockSize = 8
        #expect(circnnMessage { _ = try CirCNNEngine(config: config).run(layer) }
            == "circnn.block-size: the layer was built with k = 4, the engine is configured for k = 8")
        var shortInput = layer
        shortInput.activations.removeLast()
        #expect(circnnMessage { _ = try CirCNNEngine(config: .default).run(shortInput) }
            == "activations: needs 10 values (the layer's inputs), got 9")
        config = CirCNNConfig()
        config.cmacLanes = 0
        #expect(circnnMessage { _ = try CirCNNEngine(config: config) } == "circnn.cmac-lanes: must be in 1...262144 (got 0)")
    }

    @Test func codableRoundTrip() throws {
        var config = CirCNNConfig()
        config.blockSize = 16
        config.butterflyUnits = 4
        config.cmacLanes = 60
        let data = try JSONEncoder().encode(config)
        #expect(try JSONDecoder().decode(CirCNNConfig.self, from: data) == config)
    }
}
