import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation
import PermSim
import Workloads

extension PermSimCommand {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate layers on PermDNN (or EIE, CirCNN) and print a report.",
            discussion: """
            Workloads (combine freely; default: the 9-layer EIE suite):
              --workload NAME      a catalogue layer (`permsim list`), repeatable
              --network NAME       a catalogue network, outputs feed the next layer
              --workload-file F    a YAML workload file (layers or a network)
              --in N --out M       a custom layer (with --weight-density or --p)

            Architecture: the built-in default is configs/permdnn-32pe.yaml.
            Change it with --config NAME|FILE, then --set key=value (keys:
            `permsim list --keys`), then --pes / --multipliers.

            The report's fields have the same names in the table, CSV and JSON;
            `permsim run --columns` lists each with its unit and meaning. The
            table starts with the design point and seed (CSV and JSON carry them
            in every row). A layer whose weights do not fit the weight SRAM
            (pe.weight-sram-kib per PE) streams them from DRAM in tiles
            (tiles > 1, dram_stall_cycles): that is why alexnet-fc6 and vgg16-fc6
            take far more cycles than the other EIE-suite layers on the default
            design. Details: docs/microarchitecture.md, docs/reports.md.
            """)

        @OptionGroup var architecture: ArchitectureOptions

        @OptionGroup var workload: WorkloadOptions

        @Option(name: .long, help: "Output format.")
        var format: ReportFormat = .table

        @Option(name: .long, help: ArgumentHelp("Accelerator (default permdnn). EIE runs as published (64 PEs, 800 MHz; --pes and --set eie.* apply); CirCNN gets PermDNN's 256-multiplier budget at 1.2 GHz (--p sets its power-of-two block size).", valueName: "ENGINE"))
        var engine: EngineName = .permdnn

        @Option(name: .long, help: "Model: cycle (timed, verified) or functional (the reference alone).")
        var model: ModelKind = .cycle

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Print a per-cycle line trace of the first N cycles of each layer on stderr.", valueName: "N"))
        var trace: Int?

        @Option(name: .long, help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "FILE"))
        var output: String?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Independent layers run in parallel on up to N cores (default: all; results do not depend on N).", valueName: "N"))
        var jobs: Int?

        @Flag(name: .long, help: "Skip the bit-exact check against the functional reference (for timing the model alone).")
        var noVerify = false

        @Flag(name: .long, help: "List the report's fields (table, CSV and JSON) with their units and meanings, and exit.")
        var columns = false

        func run() async throws {
            if columns {
                let rows = [["field", "unit", "meaning"]] + ReportColumns.all.map { [$0.name, $0.unit.isEmpty ? "-" : $0.unit, $0.meaning] }
                let table = TextTable.render(rows, leftAligned: 3, ruleUnderHeader: true)
                let trimmed = table.split(separator: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }
                return try ReportOutput.write(trimmed.joined(separator: "\n") + "\n", to: nil)
            }
            if let trace, trace < 0 { throw ConfigError.invalid(field: "--trace", rule: "must be at least 0 (got \(trace))") }
            if let parallel = jobs, parallel < 1 { throw ConfigError.invalid(field: "--jobs", rule: "must be at least 1 (got \(parallel))") }
            if model == .functional {
                if trace != nil { throw ConfigError.invalid(field: "--trace", rule: "needs --model cycle (the functional reference has no cycles)") }
                if noVerify { throw ConfigError.invalid(field: "--no-verify", rule: "needs --model cycle (the functional reference is what is verified against)") }
            }
            if let output { try OutputFile.checkTarget(output, field: "--output") }
            var options = architecture.engineOptions(blockSize: workload.layer.blockSize, seed: workload.layer.seed, traceRequested: trace != nil)
            options.positions = workload.positions
            var simulation = Simulation(accelerator: try EngineTable.standard.accelerator(named: engine.name, options: options))
            simulation.model = model
            simulation.verify = !noVerify
            let jobs = try workload.selection().jobs()
            let lineTrace = trace.map { cycles in
                LineTrace(cycles: cycles) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            let progress = ProgressLine(total: jobs.count)
            let parallelism = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // A trace prints on stderr too: no progress line then.
            let rows = try await progress.around(ticking: lineTrace == nil) {
                try await simulation.run(jobs, parallelism: parallelism, trace: lineTrace, progress: lineTrace == nil ? progress : nil)
            }
            let heading = "design \(simulation.accelerator.design.summary); seed \(workload.layer.seed)"
            try ReportOutput.write(try format.render(rows, heading: heading), to: output)
            if let row = rows.first(where: { $0.matchesReference == false }) {
                throw SimulatorFault(message: "the \(row.engine) cycle model disagreed with its functional reference on '\(row.workload)'",
                                     attach: "the full permsim command line (with --seed)")
            }
        }
    }
}
