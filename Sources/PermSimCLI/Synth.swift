import ArgumentParser
import CommandLineSupport
import ConfigSupport
import CostModel
import Foundation
import PermDNNModel
import PermSim

extension PermSimCommand {
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Synthesise the PE logic with yosys and record its gate counts for the cost model.",
            discussion: """
            Runs rtl-reference/synth/area.sh: yosys 0.23 synthesises the PE and the
            NZD of rtl-reference/rtl against the OSU 0.18 um liberty of Debian's
            qflow-tech-osu018 (memories are black boxes: their area comes from the
            SRAM model), and records the NAND2-equivalent gates per block in
            configs/tech/permdnn-logic-gates.yaml, the data from which the cost
            model prices PermDNN's logic area (docs/cost-model.md 5.1). Then prints
            the recorded blocks with their area at each node for the default design.
              permsim synth             synthesise and record (about 10 s)
              permsim synth --check     synthesise and compare with the recorded file
              permsim synth --recorded  print the recorded file only (no yosys)
            Run from the repository root. Needs yosys and qflow-tech-osu018
            (./scripts/test.sh installs them).
            """)

        @Flag(name: .long, help: "Re-synthesise and compare with the recorded file instead of recording (exit 1 if stale).")
        var check = false

        @Flag(name: .long, help: "Print the recorded gate counts without running yosys.")
        var recorded = false

        @Option(name: .long, help: ArgumentHelp("Directory of the technology libraries.", valueName: "DIR"))
        var techDir: String = TechnologyCatalog.defaultDirectory

        @Option(name: .long, help: "Output format.")
        var format: SummaryFormat = .table

        func run() throws {
            if check && recorded { throw ConfigError.invalid(field: "--check", rule: "and --recorded exclude each other") }
            if !recorded { try runScript(check ? "--check" : "--record") }
            let catalog = TechnologyCatalog(directory: techDir)
            let gates = try catalog.permDNNLogicGates()
            let nodes = try catalog.nodes().map { ($0, try catalog.library(node: $0).logic.nand2AreaUM2.value) }
            let pes = ArchitectureConfig.default.pes
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(gates), as: UTF8.self))
                return
            }
            print("PermDNN logic, NAND2-equivalent gates (\(gates.tool); \(gates.libertyPackage)); memories excluded")
            let p = gates.parameters
            print("parameters: N_MUL=\(p.multipliers) QUEUE_DEPTH=\(p.queueDepth) ACC_BITS=\(p.accumulatorBits) WORD_WIDTH=\(p.wordWidth) MAX_COLUMNS=\(p.maxColumns) MAX_P=\(p.maxP) MAX_BLOCK_ROWS=\(p.maxBlockRows)")
            let nodeColumns = nodes.map { "um^2 \($0.0), \(pes) PEs" }
            var rows = [["block", "module", "per", "instances", "gates each", "gates"] + nodeColumns]
            for block in gates.blocks {
                let copies = Double(block.per == "pe" ? pes : 1)
                rows.append([block.key, block.module, block.per, String(block.instances), String(format: "%.1f", block.gatesEach),
                             String(format: "%.0f", block.gates)]
                            + nodes.map { String(format: "%.0f", block.gates * copies * $0.1) })
            }
            let perPE = gates.gatesPerPE
            let chip = gates.chipGates(pes: pes)
            rows.append(["PE total", "", "pe", "", "", String(format: "%.0f", perPE)]
                        + nodes.map { String(format: "%.0f", perPE * Double(pes) * $0.1) })
            rows.append(["chip total", "", "", "", "", String(format: "%.0f", chip)] + nodes.map { String(format: "%.0f", chip * $0.1) })
            print(TextTable.render(rows, leftAligned: 3), terminator: "")
        }

        /// Runs `rtl-reference/synth/area.sh` with `flag`; its output goes to ours.
        func runScript(_ flag: String) throws {
            let script = "rtl-reference/synth/area.sh"
            guard FileManager.default.isExecutableFile(atPath: script) else {
                throw ConfigError.invalid(field: "synth", rule: "\(script) not found: run permsim synth from the repository root")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: script)
            process.arguments = [flag]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ConfigError.invalid(field: "synth", rule: "\(script) \(flag) failed with status \(process.terminationStatus) (see above)")
            }
        }
    }
}
