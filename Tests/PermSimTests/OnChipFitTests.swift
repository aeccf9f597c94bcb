import FixedPoint
import PermDNNModel
import PermSim
import Testing
import Workloads

/// `PermDNNAccelerator.weightSRAMKiBToHold` (the claims section's "enough SRAM") is the engine's
/// own fit rule: on seeded random layers and designs, the layer fits at that size and streams
/// at one KiB less.
@Suite struct OnChipFitTests {
    @Test func holdingSizeIsWhereTheEngineStopsStreaming() throws {
        var random = SplitMix64(seed: 2026)
        var checked = 0
        for index in 0..<40 {
            var config = ArchitectureConfig.default
            config.pes = [4, 8, 32][Int(random.next() % 3)]
            config.multipliers = [2, 4, 8][Int(random.next() % 3)]
            config.weightFormat = WeightFormat.allCases[Int(random.next() % UInt64(WeightFormat.allCases.count))]
            let inputs = 64 + Int(random.next() % 1600), outputs = 16 + Int(random.next() % 1600)
            let spec = LayerSpec(name: "fit-\(index)", inputs: inputs, outputs: outputs, weightDensity: 1.0 / Double(4 + Int(random.next() % 12)),
                                 activationDensity: 0.5)
            let probe = try PermDNNAccelerator(config: config, seed: UInt64(index))
            let holding = probe.weightSRAMKiBToHold(.generated(spec))
            for (kib, fits) in [(holding, true), (holding - 1, false)] where kib >= config.minimumWeightSRAMKiB {
                var sized = config
                sized.weightSRAMKiB = kib
                let accelerator = try PermDNNAccelerator(config: sized, seed: UInt64(index))
                let result = try accelerator.simulate(try accelerator.layer(for: .generated(spec), input: nil), trace: nil)
                #expect(result.fitsOnChip == fits, "\(spec.inputs)x\(spec.outputs), \(config.pes) PEs x \(config.multipliers), \(config.weightFormat.rawValue): \(kib) KiB")
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}
