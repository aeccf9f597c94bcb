import CostModel
import FixedPoint
import Foundation
import PermDNNModel
import Testing
import Workloads

/// What `pe.weight-format` changes in the price of a PermDNN design (`docs/cost-model.md` §5.4):
/// the weight SRAM's word (same capacity, narrower reads), the DEC stage of the narrow formats
/// (`weight-decode`: the WRD->DEC register and a multiplexer per weight bit of every lane) and
/// `codebook4`'s codebook register, all from the technology library's parts; nothing else.
@Suite struct WeightFormatCostTests {
    /// alexnet-fc8 on the default 32-PE design in `format`, priced at 28 nm.
    static func report(_ format: WeightFormat) throws -> CostReport {
        var config = ArchitectureConfig.default
        config.weightFormat = format
        let layer = try LayerGenerator.generate(WorkloadCatalog.layer(named: "alexnet-fc8"), format: config.format, seed: 1,
                                                weightFormat: format)
        let result = try PermDNNEngine(config: config).run(layer)
        return try CostModel.permDNN(result: result, config: config, node: try Fixtures.library("28nm"), logicGates: try Fixtures.logicGates())
    }

    @Test func rowsPerFormat() throws {
        for format in WeightFormat.allCases {
            let report = try Self.report(format)
            let rows = report.components.filter { [CostModel.PermDNNComponent.weightDecode, CostModel.PermDNNComponent.codebook].contains($0.name) }
            print("PermDNN 32 PEs, 28 nm, \(format.rawValue): area \(String(format: "%.4f", report.totalAreaMM2)) mm^2"
                  + rows.map { ", \($0.name) \(String(format: "%.4f", $0.areaUm2 * 1e-6)) mm^2" }.joined()
                  + "; alexnet-fc8: \(report.cycles) cycles, \(String(format: "%.1f", report.powerMW)) mW, \(String(format: "%.3f", report.onChipEnergyUJ)) uJ on chip")
        }
        let names = CostModel.PermDNNComponent.self
        let base = names.all + [CostModel.fillerName]
        #expect(try Self.report(.fixed16).components.map(\.name) == base)
        var fixed8 = base
        fixed8.insert(names.weightDecode, at: 4)
        #expect(try Self.report(.fixed8).components.map(\.name) == fixed8)
        var codebook4 = fixed8
        codebook4.insert(names.codebook, at: 5)
        #expect(try Self.report(.codebook4).components.map(\.name) == codebook4)
    }

    /// The same 160 KiB per PE in every format: the same SRAM area; a read of `N_MUL` weights costs
    /// `(8 x bits / 32)^width-exponent` of the 32-bit reference, so fixed8's and codebook4's reads
    /// cost `0.5^e` and `0.25^e` of fixed16's (e = 0.3291).
    @Test func weightSRAMKeepsItsAreaAndReadsNarrowerWords() throws {
        let library = try Fixtures.library("28nm")
        let exponent = library.sram.widthExponent.value
        let sixteen = try #require(try Self.report(.fixed16).component(CostModel.PermDNNComponent.weightSRAM))
        for (format, ratio) in [(WeightFormat.fixed8, 0.5), (.codebook4, 0.25)] {
            let row = try #require(try Self.report(format).component(CostModel.PermDNNComponent.weightSRAM))
            #expect(abs(row.areaUm2 - sixteen.areaUm2) <= 1e-9 * sixteen.areaUm2, "\(format)")
            #expect(abs(row.dynamicEnergyPJ / sixteen.dynamicEnergyPJ - pow(ratio, exponent)) < 1e-9, "\(format)")
            #expect(abs(row.leakagePowerMW - sixteen.leakagePowerMW) <= 1e-12, "\(format)")
            #expect(row.events == sixteen.events, "the same word reads: one per issue slot")
        }
    }

    /// The DEC stage per PE: the WRD->DEC register {valid, x (16), active lanes (4), 8 x (row 7 +
    /// code)} and 8 lanes x 16 bits of 9:1 (fixed8) or 16:1 (codebook4) multiplexers, x 32 PEs; the
    /// codebook: 256 clock-gated bits, once per engine. Areas by the library's formulas.
    @Test func decodeStageAndCodebookAreas() throws {
        let library = try Fixtures.library("28nm")
        let control = 1 + library.overhead.controlAreaFraction.value
        let register = library.register.areaUM2.value, mux = library.register.muxAreaUM2.value
        for (format, inputs) in [(WeightFormat.fixed8, 9), (.codebook4, 16)] {
            let report = try Self.report(format)
            let decode = try #require(report.component(CostModel.PermDNNComponent.weightDecode))
            let bits = 1 + 16 + 4 + 8 * (7 + format.bits)
            let expected = 32 * (Double(bits) * register + Double((inputs - 1) * 8 * 16) * mux) * control
            #expect(decode.instances == 32)
            #expect(abs(decode.areaUm2 - expected) <= 1e-9 * expected, "\(format): \(decode.areaUm2) vs \(expected)")
            #expect(decode.dynamicEnergyPJ > 0)
        }
        let codebook = try #require(try Self.report(.codebook4).component(CostModel.PermDNNComponent.codebook))
        #expect(codebook.instances == 1)
        #expect(abs(codebook.areaUm2 - 256 * register * control) <= 1e-9 * codebook.areaUm2)
    }

    /// Every other row prices the same hardware in every format (only the weight SRAM's energy,
    /// the new rows, the filler and the cycle count differ).
    @Test func otherRowsKeepTheirArea() throws {
        let sixteen = try Self.report(.fixed16)
        for format in [WeightFormat.fixed8, .codebook4] {
            let report = try Self.report(format)
            for name in CostModel.PermDNNComponent.all where name != CostModel.PermDNNComponent.dram {
                let a = try #require(sixteen.component(name)), b = try #require(report.component(name))
                #expect(abs(a.areaUm2 - b.areaUm2) <= 1e-9 * max(1, a.areaUm2), "\(format) \(name)")
            }
        }
    }
}
