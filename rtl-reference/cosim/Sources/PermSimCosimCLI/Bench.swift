import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation
import PermDNNModel
import RTLCosim
import Workloads

extension PermSimCosimCommand {
    /// `permsim-cosim bench`: the Swift model against the RTL on the same layer, timed. Prints
    /// numbers; asserts nothing.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the RTL and the co-simulation: alexnet-fc8 at 32 PEs, Swift model vs RTL.",
            discussion: """
            alexnet-fc8 (4096 -> 1000, p = 4) at 32 PEs, the default design, on four
            models, each in a child process (so its peak memory is its own): cycle
            (the Swift cycle model, PermDNNEngine.run), rtl (the RTL through the C
            bridge: the images loaded through the RTL's load port, one SRAM word per
            clock, then the run), rtl-steps (the run alone, images already loaded) and
            cosim (the lock step: both models loaded, every visible signal compared
            every cycle). Columns as permsim-bench's. rtl and cosim run at most twice
            (a full-size load takes about a second), rtl-steps at least 5 times.
            Use a release build: swift run -c release --package-path rtl-reference/cosim permsim-cosim bench
            """)

        /// The measured layer: a full-size EIE-suite layer that fits the default-design build.
        enum Case: String, CaseIterable, ExpressibleByArgument {
            case alexnetFC8 = "alexnet-fc8"
            var pes: Int { 32 }
        }

        enum Model: String, CaseIterable, ExpressibleByArgument {
            case cycle, rtl
            case rtlSteps = "rtl-steps"
            case cosim
        }

        @OptionGroup var options: BenchOptions

        @Option(name: .long, help: ArgumentHelp("Run one case in this process (used by the parent; with --model).", valueName: "CASE"))
        var `case`: Case?

        @Option(name: .long, help: ArgumentHelp("The model for --case.", valueName: "MODEL"))
        var model: Model?

        func run() throws {
            try options.check()
            if let benchCase = self.case {
                let row = try measure(benchCase, model: model ?? .cycle)
                try options.print(row) { BenchRow.table([row]) }
                return
            }
            if model != nil {
                throw ConfigError.invalid(field: "--model", rule: "applies to one case only: give --case too (without --case every model runs)")
            }
            let executable = ChildProcess.currentExecutable
            let rows = try Model.allCases.map { model in
                let arguments = ["bench", "--case", Case.alexnetFC8.rawValue, "--model", model.rawValue,
                                 "--repeat", String(options.repeat), "--format", "json"]
                return try JSONDecoder().decode(BenchRow.self, from: ChildProcess.run(executable, arguments).output)
            }
            struct Report: Encodable { var cases: [BenchRow] }
            try options.print(Report(cases: rows)) { BenchRow.table(rows) }
        }

        /// Times one model on `benchCase` in this process.
        func measure(_ benchCase: Case, model: Model) throws -> BenchRow {
            var config = ArchitectureConfig.default
            config.pes = benchCase.pes
            let layer = try LayerGenerator.generate(try WorkloadCatalog.layer(named: benchCase.rawValue), format: config.format, seed: 1)
            let plan = try LayerPlan(layer: layer, config: config)
            let build = try RTLBuild.matching(plan)
            let runs = min(options.repeat, 2)
            let timing: BenchTiming
            switch model {
            case .cycle:
                let engine = try PermDNNEngine(config: config)
                timing = try BenchTiming.measure(runs: options.repeat) {
                    let result = try engine.run(layer)
                    return (result.computeCycles, result.pe.multipliers.usefulMultiplies)
                }
            case .rtl:
                timing = try BenchTiming.measure(runs: runs) {
                    (try plan.run(on: RTLEngine(build: build)).tileCycles.reduce(0, +), Self.macs(layer))
                }
            case .rtlSteps:
                let rtl = try RTLEngine(build: build)
                try rtl.loadActivations(layer.activations)
                let group = plan.rowGroups[0]
                try plan.load(group, into: rtl)
                timing = try BenchTiming.measure(runs: max(options.repeat, 5)) {
                    var cycles = 0
                    for run in group.runs {
                        try rtl.start(run)
                        cycles += try rtl.runToDone(maxCycles: plan.cycleBound(run, group: group))
                    }
                    return (cycles, Self.macs(layer))
                }
            case .cosim:
                timing = try BenchTiming.measure(runs: runs) {
                    let summary = try LockStep().run(plan, reference: SteppedSwiftEngine(config: config), dut: RTLEngine(build: build))
                    return (summary.result.tileCycles.reduce(0, +), Self.macs(layer))
                }
            }
            return BenchRow(benchCase: benchCase.rawValue, model: model.rawValue, pes: config.pes, layers: 1, timing: timing)
        }

        /// The layer's useful multiplies: one weight per block-row per non-zero input.
        static func macs(_ layer: Layer) -> Int {
            layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } * layer.weights.blockRows
        }
    }
}
