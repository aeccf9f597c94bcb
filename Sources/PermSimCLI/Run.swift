import ArgumentParser
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

            Columns: cycles (simulated); analytic (closed form); bubbles
            (critical-PE starvation: cycles = analytic + bubbles on chip);
            dram wait (waiting for weight tiles); GOPS (2 x MACs / time);
            dense GOPS (2 x m x n / time); lane util (useful / issued lane
            slots); NZD bubb (activation words read); q stalls (broadcast
            waiting for a full queue); ref (bit-exact vs the functional
            reference). Details: docs/microarchitecture.md.
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

        func run() async throws {
            if let trace, trace < 0 { throw ConfigError.invalid(field: "--trace", rule: "must be at least 0 (got \(trace))") }
            if let parallel = jobs, parallel < 1 { throw ConfigError.invalid(field: "--jobs", rule: "must be at least 1 (got \(parallel))") }
            if model == .functional {
                if trace != nil { throw ConfigError.invalid(field: "--trace", rule: "needs --model cycle (the functional reference has no cycles)") }
                if noVerify { throw ConfigError.invalid(field: "--no-verify", rule: "needs --model cycle (the functional reference is what is verified against)") }
            }
            if let output { try OutputFile.checkTarget(output, field: "--output") }
            let options = architecture.engineOptions(blockSize: workload.blockSize, seed: workload.seed, traceRequested: trace != nil)
            var simulation = Simulation(accelerator: try EngineTable.standard.accelerator(named: engine.name, options: options))
            simulation.model = model
            simulation.verify = !noVerify
            let jobs = try workload.selection.jobs()
            let lineTrace = trace.map { cycles in
                LineTrace(cycles: cycles) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            let progress = ProgressLine(total: jobs.count)
            let parallelism = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // A trace prints on stderr too: no progress line then.
            let rows = try await progress.around(ticking: lineTrace == nil) {
                try await simulation.run(jobs, parallelism: parallelism, trace: lineTrace, progress: lineTrace == nil ? progress : nil)
            }
            try ReportOutput.write(try format.render(rows), to: output)
            if let row = rows.first(where: { $0.matchesReference == false }) {
                throw SimulatorFault(message: "the \(row.engine) cycle model disagreed with its functional reference on '\(row.workload)'",
                                     attach: "the full permsim command line (with --seed)")
            }
        }
    }
}
