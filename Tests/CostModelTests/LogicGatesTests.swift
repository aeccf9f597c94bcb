import CostModel
import Foundation
import PermDNNModel
import PermSim
import Testing
import Workloads

/// The synthesized gate counts (`configs/tech/permdnn-logic-gates.yaml`, written by
/// `rtl-reference/synth/area.sh --record`) and how the PermDNN cost model prices its logic with
/// them (`docs/cost-model.md` §5.1).
@Suite struct LogicGatesTests {
    static let file = "configs/tech/permdnn-logic-gates.yaml"

    /// The recorded file loads, was synthesized for the default design, and its blocks map one to
    /// one onto the PermDNN rows that have logic.
    @Test func checkedInGatesLoadAndMapOntoTheRows() throws {
        let gates = try Fixtures.logicGates()
        #expect(gates.tool.hasPrefix("Yosys 0.23"))
        #expect(gates.nand2Cell == "NAND2X1" && gates.nand2CellArea == 24)
        let config = ArchitectureConfig.default
        #expect(gates.parameters.multipliers == config.multipliers && gates.parameters.queueDepth == config.queueDepth)
        #expect(gates.blocks.map(\.key).sorted() == CostModel.permDNNLogicBlocks.map(\.block).sorted())
        let perRow = try CostModel.permDNNLogicGates(gates, config: config)
        let rowsWithLogic = CostModel.PermDNNComponent.all.filter {
            ![CostModel.PermDNNComponent.weightSRAM, CostModel.PermDNNComponent.outputBuffer, CostModel.PermDNNComponent.dram].contains($0)
        }
        #expect(perRow.keys.sorted() == rowsWithLogic.sorted())
        #expect(perRow.values.allSatisfy { $0 > 0 })
        // Nothing dropped or counted twice: the rows' gates are the file's gates.
        let fileGates = gates.blocks.reduce(0) { $0 + $1.gates }
        #expect(abs(perRow.values.reduce(0, +) - fileGates) <= 1e-9 * fileGates)
        let multipliers = try #require(perRow[CostModel.PermDNNComponent.multipliers])
        #expect(abs(multipliers - 8 * 2360.875) <= 1e-6, "8 lanes of 2,360.875 gates (56,661 / 24)")
        // A file that lists a directory's nodes does not take the gate file for a node.
        #expect(Fixtures.catalog.nodes() == ["28nm", "45nm"])
    }

    /// The 28 nm NAND2 area is the 45 nm one (Nangate NAND2_X1) scaled, and the library's register
    /// and multiplexer areas are the NAND2 multiples their sources state.
    @Test func nand2AreaPerNode() throws {
        let lib45 = try Fixtures.library("45nm"), lib28 = try Fixtures.library("28nm")
        #expect(lib45.logic.nand2AreaUM2.value == 0.798)
        #expect(lib45.logic.nand2AreaUM2.source.contains("Nangate 45 nm Open Cell Library"))
        #expect(abs(lib28.logic.nand2AreaUM2.value - 0.798 * 0.3871605) <= 1e-6)
        #expect(abs(lib45.register.areaUM2.value - 4 * lib45.logic.nand2AreaUM2.value) <= 1e-9, "DFFPOSX1 = 4 NAND2 eq.")
        #expect(abs(lib45.register.muxAreaUM2.value - 2 * lib45.logic.nand2AreaUM2.value) <= 1e-9, "MUX2X1 = 2 NAND2 eq.")
    }

    /// One row by hand: the multipliers' area is PEs x lanes x gates per lane x NAND2 area (no
    /// control overhead: synthesis counts the control logic); its energy is still multiplies x
    /// the library's energy per multiply. The pipeline row likewise.
    @Test func logicAreaIsGatesTimesNAND2Area() throws {
        let (report, _) = try Fixtures.permDNNSuite.get()
        let lib28 = try Fixtures.library("28nm")
        let gates = try Fixtures.logicGates()
        let pes = Double(ArchitectureConfig.default.pes)
        let lane = try gates.block("multiplier-lane", for: "multipliers")
        let multipliers = try #require(report.component(CostModel.PermDNNComponent.multipliers))
        let byHand = pes * Double(lane.instances) * lane.gatesEach * lib28.logic.nand2AreaUM2.value
        #expect(abs(multipliers.areaUm2 - byHand) <= 1e-9 * byHand, "\(multipliers.areaUm2) um^2 vs \(byHand)")
        #expect(abs(byHand - 32 * 8 * 2360.875 * 0.3089541) <= 1e-3, "the checked-in numbers: 186,727 um^2")
        let multiplies = try #require(multipliers.events.first { $0.name == "multiplies" }).count
        let energy = Double(multiplies) * lib28.multiplier.energyPJ.value
        #expect(abs(multipliers.dynamicEnergyPJ - energy) <= 1e-9 * energy, "energy = multiplies x energy per multiply")

        let pipeline = try #require(report.component(CostModel.PermDNNComponent.pipeline))
        let block = try gates.block("pipeline", for: "pipeline")
        #expect(abs(pipeline.areaUm2 - pes * block.gatesEach * lib28.logic.nand2AreaUM2.value) <= 1e-9 * pipeline.areaUm2)
        #expect(pipeline.dynamicEnergyPJ > 0, "the pipeline registers' clock energy")
        let nzd = try gates.block("nzd", for: "activation-buffer")
        let buffer = try #require(report.component(CostModel.PermDNNComponent.activationBuffer))
        #expect(buffer.instances == 1 && buffer.areaUm2 > nzd.gatesEach * lib28.logic.nand2AreaUM2.value, "NZD gates + the SRAM")
    }

    /// A block the cost model needs is missing: one line naming it and the row it prices.
    @Test func missingBlockIsNamed() throws {
        let text = try removingBlock("multiplier-lane", from: Fixtures.text(PermDNNLogicGates.fileName))
        let gates = try PermDNNLogicGates.parse(yaml: text, file: Self.file)
        let error = try #require(throwsTechnologyError { try CostModel.permDNNLogicGates(gates, config: .default) })
        #expect(error.description == "\(Self.file): blocks.multiplier-lane: missing (it prices the PermDNN 'multipliers' row's logic; re-record: rtl-reference/synth/area.sh --record)")
        let renamed = try Fixtures.text(PermDNNLogicGates.fileName).replacingOccurrences(of: "  drain-lane:", with: "  drain-lanes:")
        let extra = try #require(throwsTechnologyError {
            try CostModel.permDNNLogicGates(try PermDNNLogicGates.parse(yaml: renamed, file: Self.file), config: .default)
        })
        #expect(extra.description.hasPrefix("\(Self.file): blocks.drain-lanes: not mapped onto any PermDNN row (mapped: nzd, queue, "))
    }

    /// Bad values: one line naming the field and the rule.
    @Test func badYAMLNamesTheField() throws {
        let text = try Fixtures.text(PermDNNLogicGates.fileName)
        func error(_ yaml: String) -> String? { throwsTechnologyError { try PermDNNLogicGates.parse(yaml: yaml, file: Self.file) }?.description }

        let negative = text.replacingOccurrences(of: "    gates-each: 265.125", with: "    gates-each: -1")
        #expect(error(negative) == "\(Self.file): blocks.accumulate-lane.gates-each: must be > 0 (got -1)")
        let notANumber = text.replacingOccurrences(of: "    gates-each: 265.125", with: "    gates-each: many")
        let message = try #require(error(notANumber))
        #expect(message.hasPrefix("\(Self.file):") && message.contains("blocks.accumulate-lane.gates-each: must be a finite number"))
        #expect(!message.contains("\n"))
        let edited = text.replacingOccurrences(of: "    gates-each: 265.125", with: "    gates-each: 200")
        #expect(error(edited) == "\(Self.file): blocks.accumulate-lane.gates-each: must be cell-area-each / liberty.nand2-cell-area = 265.125 (got 200)")
        let noParameter = text.components(separatedBy: "\n").filter { $0 != "  N_MUL: 8" }.joined(separator: "\n")
        #expect(error(noParameter) == "\(Self.file): parameters.N_MUL: missing")
        let badPer = text.replacingOccurrences(of: "    per: engine", with: "    per: chip")
        #expect(error(badPer) == "\(Self.file): blocks.nzd.per: must be pe or engine (got 'chip')")
        let misspelled = text.replacingOccurrences(of: "    instances: 1\n    cell-area-each: 42909", with: "    instance: 1\n    cell-area-each: 42909")
        #expect(error(misspelled)?.contains("blocks.queue.instance: unknown key; did you mean 'instances'?") == true)
        let unreadable = throwsTechnologyError { try PermDNNLogicGates.load(path: "/nonexistent/permdnn-logic-gates.yaml") }
        #expect(unreadable?.description.hasPrefix("/nonexistent/permdnn-logic-gates.yaml: file: cannot be read") == true)
    }

    /// The gates describe one synthesized design; pricing another is an error naming the
    /// parameter, not a silent extrapolation.
    @Test func designOtherThanSynthesizedIsRejected() throws {
        var config = ArchitectureConfig.default
        config.multipliers = 4
        let layer = try LayerGenerator.generate(LayerSpec(name: "s", inputs: 32, outputs: 32, weightDensity: 0.5), format: config.format, seed: 1)
        let result = try PermDNNEngine(config: config).run(layer)
        let gates = try Fixtures.logicGates()
        let error = try #require(throwsTechnologyError {
            try CostModel.permDNN(result: result, config: config, node: try Fixtures.library("28nm"), logicGates: gates)
        })
        #expect(error.description == "\(gates.location): parameters.N_MUL: synthesized for 8, the design has pe.multipliers = 4 (re-synthesize: N_MUL=4 rtl-reference/synth/area.sh --record)")
    }

    /// The text without the block `key` (its line and the indented lines under it).
    private func removingBlock(_ key: String, from text: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  \(key):"))
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("    ") { end += 1 }
        lines.removeSubrange(start..<end)
        return lines.joined(separator: "\n")
    }
}
