import CostModel
import Foundation
import NMModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// The N:M engine through the accelerator interface and the cost model.
@Suite struct NMAcceleratorTests {
    static func node() throws -> TechnologyLibrary {
        try TechnologyLibrary.load(path: RepositoryPaths.technologyDirectory.appendingPathComponent("28nm.yaml").path)
    }

    @Test func runsThroughTheRunnerAndIsPriced() throws {
        let accelerator = try #require(try EngineTable.standard.accelerator(named: "nm", options: EngineOptions()) as? NMAccelerator)
        let spec = try WorkloadCatalog.layer(named: "alexnet-fc8")
        let layer = try accelerator.layer(for: .generated(spec), input: nil)
        let result = try accelerator.simulate(layer, trace: nil)
        #expect(result.outputs == accelerator.referenceOutputs(layer))
        let cost = try accelerator.cost(result, node: try Self.node(), clockGHz: 1.2)
        let names = cost.components.map(\.name)
        #expect(names == CostModel.NMComponent.all + [CostModel.fillerName])
        for name in [CostModel.NMComponent.weightSRAM, CostModel.NMComponent.select, CostModel.NMComponent.multipliers,
                     CostModel.NMComponent.accumulators] {
            let row = try #require(cost.components.first { $0.name == name })
            #expect(row.areaUm2 > 0, "\(name)")
        }
        for name in [CostModel.NMComponent.weightSRAM, CostModel.NMComponent.multipliers, CostModel.NMComponent.accumulators] {
            #expect((cost.components.first { $0.name == name }?.dynamicEnergyPJ ?? 0) > 0, "\(name)")
        }
        #expect(cost.components.first { $0.name == CostModel.NMComponent.dram }?.energyPJ == 0)
        #expect(accelerator.work(of: result).multipliers == 256)
    }

    /// The index bits are priced: the same reads of a wider word cost more, and a streamed
    /// layer pays DRAM energy for its bytes.
    @Test func indexBitsAndStreamingArePriced() throws {
        let node = try Self.node()
        var config = NMConfig()
        let spec = LayerSpec(name: "priced", inputs: 512, outputs: 256, weightDensity: 0.5, activationDensity: 0.5)
        let layer = try NMLayer.generate(spec: spec, kept: 2, format: config.format, seed: 1)
        let result = try NMEngine(config: config).run(layer)
        let priced = try CostModel.nm(result: result, config: config, node: node)
        config.weightSRAMKiB = 4
        let streamed = try NMEngine(config: config).run(layer)
        #expect(!streamed.plan.resident && streamed.stats.dramBytes > 0)
        let streamedCost = try CostModel.nm(result: streamed, config: config, node: node)
        #expect((streamedCost.components.first { $0.name == CostModel.NMComponent.dram }?.energyPJ ?? 0) > 0)
        #expect(streamed.outputs == result.outputs)
        let sram = try #require(priced.components.first { $0.name == CostModel.NMComponent.weightSRAM })
        let reads = try #require(sram.events.first { $0.name == "index-bits-read" })
        #expect(reads.count == result.stats.weightWordReads * config.multipliers * 2)
    }
}
