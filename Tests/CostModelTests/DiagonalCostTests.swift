import CostModel
import DiagonalModel
import PermSim
import Testing
import Workloads

/// `CostModel.diagonal`: the report's identities, every row priced, the counted events carried,
/// DRAM off chip, and streamed chunks written into the weight SRAM.
@Suite struct DiagonalCostTests {
    func report(weightSRAMKiB: Int) throws -> (CostReport, DiagonalResult) {
        var config = DiagonalConfig.default
        config.pes = 8
        config.weightSRAMKiB = weightSRAMKiB
        let layer = try DiagonalLayer.generate(spec: CostReportTests.tiledSpec, format: config.format, seed: 11)
        let result = try DiagonalEngine(config: config).run(layer)
        return (try CostModel.diagonal(result: result, config: config, node: try Fixtures.library("28nm")), result)
    }

    @Test func rowsCarryTheCountedEvents() throws {
        let (report, result) = try report(weightSRAMKiB: 160)
        #expect(result.resident)
        #expect(report.components.map(\.name) == CostModel.DiagonalComponent.all + ["filler"])  // placement filler, added by `evaluate`
        let total = report.components.reduce(0) { $0 + $1.energyPJ } * 1e-6
        #expect(abs(total - report.totalEnergyUJ) <= 1e-12 * total)
        let multipliers = try #require(report.component(CostModel.DiagonalComponent.multipliers))
        #expect(multipliers.events.contains { $0.name == "multiplies" && $0.count == result.allPEs.multiplies })
        #expect(multipliers.instances == 8 && multipliers.areaUm2 > 0 && multipliers.dynamicEnergyPJ > 0)
        let index = try #require(report.component(CostModel.DiagonalComponent.indexCalculator))
        #expect(index.events.contains { $0.name == "offset-reads" && $0.count == result.allPEs.offsetReads })
        let dram = try #require(report.component(CostModel.DiagonalComponent.dram))
        #expect(dram.energyPJ == 0)
        #expect(report.cycles == result.cycles)
    }

    @Test func streamedChunksCostDRAMAndSRAMWrites() throws {
        let (report, result) = try report(weightSRAMKiB: 16)
        #expect(!result.resident && result.dramBytes > 0)
        let dram = try #require(report.component(CostModel.DiagonalComponent.dram))
        #expect(!dram.onChip && dram.energyPJ == Double(result.dramBytes) * 160, "160 pJ/byte, unscaled at 28 nm")
        let weight = try #require(report.component(CostModel.DiagonalComponent.weightSRAM))
        #expect(weight.events.contains { $0.name == "word-writes" && $0.count == (result.dramBytes * 8 + 127) / 128 })
        let resident = try self.report(weightSRAMKiB: 160).0
        #expect(report.totalEnergyUJ > resident.totalEnergyUJ)
    }
}
