import CostModel
import EIEModel
import Foundation
import PermDNNModel
import PermSim
import Testing
import Workloads

/// The report's arithmetic: totals are sums of rows, rows are sums of their parts, runs are
/// deterministic, and off-chip energy stays out of chip power.
@Suite struct CostReportTests {
    static let tiledSpec = LayerSpec(name: "tiled", inputs: 2048, outputs: 512, weightDensity: 0.5, activationDensity: 0.4)

    /// A PermDNN layer that does not fit a 16 KiB weight SRAM (streams from DRAM), on 8 PEs.
    func tiledReport() throws -> (CostReport, EngineResult) {
        var config = ArchitectureConfig.default
        config.pes = 8
        config.weightSRAMKiB = 16
        let layer = try LayerGenerator.generate(Self.tiledSpec, format: config.format, seed: 11)
        let result = try PermDNNEngine(config: config).run(layer)
        return (try CostModel.permDNN(result: result, config: config, node: try Fixtures.library("28nm"), logicGates: try Fixtures.logicGates()), result)
    }

    func eieReport() throws -> CostReport {
        var config = EIEConfig.default
        config.pes = 16
        let layer = try EIELayer.generate(spec: Self.tiledSpec, format: config.format, seed: 5, encoding: config.encoding)
        return try CostModel.eie(result: try EIEEngine(config: config).run(layer), config: config, node: try Fixtures.library("45nm"))
    }

    @Test func energyAndAreaIdentities() throws {
        for report in [try tiledReport().0, try eieReport(), try Fixtures.permDNNSuite.get().report] {
            let total = report.components.reduce(0) { $0 + $1.energyPJ } * 1e-6
            #expect(abs(total - report.totalEnergyUJ) <= 1e-12 * max(1, total), "\(report.engine): sum of components == total energy")
            let onChip = report.components.filter(\.onChip).reduce(0) { $0 + $1.energyPJ } * 1e-6
            #expect(abs(onChip - report.onChipEnergyUJ) <= 1e-12 * max(1, onChip))
            let area = report.components.reduce(0) { $0 + $1.areaUm2 } * 1e-6
            #expect(abs(area - report.totalAreaMM2) <= 1e-12 * max(1, area))
            #expect(abs(report.powerMW - report.onChipEnergyUJ / report.latencyUs * 1e3) <= 1e-9 * report.powerMW)
            #expect(abs(report.latencyUs - Double(report.cycles) / report.clockGHz * 1e-3) <= 1e-12 * report.latencyUs)
            for row in report.components {
                #expect(abs(row.energyPJ - row.dynamicEnergyPJ - row.leakageEnergyPJ) <= 1e-9 * max(1, row.energyPJ), "\(row.name)")
                #expect(abs(row.leakageEnergyPJ - row.leakagePowerMW * report.latencyUs * 1e3) <= 1e-9 * max(1, row.leakageEnergyPJ), "\(row.name)")
                #expect(row.areaUm2 >= 0 && row.dynamicEnergyPJ >= 0 && row.leakagePowerMW >= 0, "\(row.name)")
            }
            let rowPower = report.components.filter(\.onChip).reduce(0) { $0 + $1.powerMW }
            #expect(abs(rowPower - report.powerMW) <= 1e-9 * report.powerMW)
        }
    }

    @Test func dramEnergyIsOffChip() throws {
        let (report, result) = try tiledReport()
        #expect(!result.fitsOnChip && result.engine.dramBytes > 0)
        let dram = try #require(report.component(CostModel.PermDNNComponent.dram))
        #expect(!dram.onChip && dram.areaUm2 == 0)
        #expect(dram.energyPJ == Double(result.engine.dramBytes) * 160, "160 pJ/byte, unscaled at 28 nm")
        #expect(abs(report.totalEnergyUJ - report.onChipEnergyUJ - dram.energyPJ * 1e-6) <= 1e-12 * report.totalEnergyUJ)
        let weight = try #require(report.component(CostModel.PermDNNComponent.weightSRAM))
        #expect(weight.events.contains { $0.name == "word-writes" && $0.count > 0 }, "streamed weights are written into the SRAM")
    }

    @Test func reportsAreDeterministic() throws {
        let first = try tiledReport().0, second = try tiledReport().0
        #expect(first == second)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(first) == encoder.encode(second))
        #expect(try eieReport() == eieReport())
    }

    @Test func reportRoundTripsThroughJSON() throws {
        let report = try eieReport()
        let decoded = try JSONDecoder().decode(CostReport.self, from: try JSONEncoder().encode(report))
        #expect(decoded == report)
        #expect(report.components.map(\.name) == CostModel.EIEComponent.all + [CostModel.fillerName])
    }

    /// Combining runs adds energies and times; one run combined is itself.
    @Test func combinedReportAddsRuns() throws {
        let report = try eieReport()
        #expect(try CostReport.combined([report]) == report)
        let twice = try CostReport.combined([report, report])
        #expect(twice.cycles == 2 * report.cycles)
        #expect(abs(twice.totalEnergyUJ - 2 * report.totalEnergyUJ) <= 1e-12 * twice.totalEnergyUJ)
        #expect(abs(twice.powerMW - report.powerMW) <= 1e-9 * report.powerMW)
        #expect(twice.totalAreaMM2 == report.totalAreaMM2)
        #expect(throwsTechnologyError { try CostReport.combined([report, try tiledReport().0]) } != nil)
        #expect(throwsTechnologyError { try CostReport.combined([]) }?.description == "reports: must not be empty")
    }

    /// The generic evaluator: parts priced by the library's formulas, bad sizes rejected.
    @Test func partsArePricedByTheLibrary() throws {
        let library = try Fixtures.library("45nm")
        let component = HardwareComponent(name: "probe", instances: 2, clockedCycles: 1_000,
                                          parts: [.multipliers(count: 1, operations: 10), .adders(count: 1, bits: 16, operations: 4),
                                                  .registers(bits: 10),
                                                  .sram(bitsPerBank: 262_144, widthBits: 32, banks: 1, reads: 3, writes: 1)],
                                          events: [EventCount("probes", 1)])
        let report = try CostModel.evaluate(engine: "probe", components: [component], cycles: 500, clockGHz: 1, library: library)
        let row = try #require(report.component("probe"))
        let expected = 10 * library.multiplier.energyPJ.value + 4 * 0.5 * library.adder.energyPJ.value
            + 10 * 1_000 * library.register.clockEnergyFJ.value * 1e-3 + 4 * library.sram.readEnergyPJ.value
        #expect(abs(row.dynamicEnergyPJ - expected) <= 1e-9 * expected, "the 32-bit, 32 KB access is the reference 5 pJ")
        #expect(abs(row.leakagePowerMW - 2 * 262_144 * library.sram.leakageNWPerBit.value * 1e-6) <= 1e-12)
        let bad = HardwareComponent(name: "bad", instances: 1, clockedCycles: 0,
                                    parts: [.sram(bitsPerBank: 0, widthBits: 8, banks: 1, reads: 0, writes: 0)], events: [])
        let error = throwsTechnologyError { try CostModel.evaluate(engine: "x", components: [bad], cycles: 1, clockGHz: 1, library: library) }
        #expect(error?.description == "bad.sram: sizes must be > 0 (got 0 bits per bank, width 8, 1 banks)")
        let zero = try CostModel.evaluate(engine: "x", components: [component], cycles: 0, clockGHz: 1, library: library)
        #expect(zero.powerMW == 0 && zero.latencyUs == 0)
    }

    @Test func badInventoryIsNamed() throws {
        var inventory = PermDNNInventory.default
        inventory.accumulatorRowsPerPE = 0
        let layer = try LayerGenerator.generate(LayerSpec(name: "s", inputs: 32, outputs: 32, weightDensity: 0.5), format: .default, seed: 1)
        let result = try PermDNNEngine(config: .default).run(layer)
        let error = throwsTechnologyError {
            try CostModel.permDNN(result: result, config: .default, node: try Fixtures.library("28nm"), logicGates: try Fixtures.logicGates(),
                                  inventory: inventory)
        }
        #expect(error?.description == "permdnn-inventory.accumulator-rows-per-pe: must be in 1...1048576 (got 0)")
    }
}
