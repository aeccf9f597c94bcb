import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation
import PermDNNModel
import PermSim
import RTLCosim
import Workloads

extension PermSimCosimCommand {
    /// `permsim-cosim run` (the default subcommand): the Swift model and the RTL in lock step.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Co-simulate the Swift model and the RTL (Verilator + SystemC) in lock step (the default subcommand).",
            discussion: """
            Runs the same layer on the Swift cycle model and on the RTL reference
            (rtl-reference/, turned into SystemC by verilator --sc, reached through
            the C bridge), loaded with the same images and started together.
            --mode lockstep (default) compares every visible signal every cycle:
            the NZD action, and per used PE the queue occupancy, the four stages
            (column.slot), the MUL->ACC lanes' rows and products, the accumulator
            writes and the drain's output writes; then every drained row and the
            total cycles. --mode whole-layer compares each tile's cycles and the
            rows only (faster). On the first divergence it prints the tile, cycle,
            PE, signal, both values and the last cycles of both line traces, and
            exits with status 3 (a simulator fault; bad input exits 1).

            The RTL is compiled for fixed parameter sets (--list-builds); the
            architecture (PEs up to the build's, multipliers, queue depth, NZD
            word, accumulator bits) and the layer must fit one of them. Default:
            alexnet-fc8 on the default 32-PE design.
            Random configurations: --random N (seeds --seed ..< --seed+N) on the
            fixed16 builds; with --set pe.weight-format=fixed8 or codebook4 on
            that format's builds (codes in the weight SRAM, the DEC stage).
            Columns: tiles; cycles (total, with the DRAM schedule); compared
            (cycles compared in lock step); signals (comparisons made); swift s /
            rtl s (wall time inside each model's calls: loading, stepping,
            reading state); cosim s (the whole co-simulation).
            """)

        @Option(name: .customLong("workload"), help: ArgumentHelp("Catalogue layer (repeatable; default alexnet-fc8).", valueName: "NAME"))
        var workloads: [String] = []

        @OptionGroup var layer: CustomLayerOptions

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Run N seeded random configurations across the RTL builds instead of workloads.", valueName: "N"))
        var random: Int?

        @OptionGroup var architecture: ArchitectureOptions

        @Option(name: .long, help: "lockstep (every cycle, every visible signal) or whole-layer (cycles and rows).")
        var mode: LockStep.Mode = .everyCycle

        @Option(name: .long, help: ArgumentHelp("Write a waveform of the RTL (whole hierarchy) to FILE (one workload; GTKWave opens it).", valueName: "FILE"))
        var vcd: String?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Cycles of line trace shown at a divergence.", valueName: "N"))
        var traceDepth: Int = 6

        @Option(name: .long, help: "Output format.")
        var format: SummaryFormat = .table

        @Option(name: .long, help: ArgumentHelp("Check the checker: flip one bit of one weight code in the RTL's image only (PE e, weight-SRAM word w, lane l; bit 6, bit 2 of a codebook4 index); the run must diverge.", valueName: "E,W,L"))
        var injectFault: String?

        @Flag(name: .long, help: "List the RTL builds compiled into this binary and exit.")
        var listBuilds = false

        func run() throws {
            guard traceDepth >= 0 else { throw ConfigError.invalid(field: "--trace-depth", rule: "must be at least 0 (got \(traceDepth))") }
            if let random, random < 1 { throw ConfigError.invalid(field: "--random", rule: "must be at least 1 (got \(random))") }
            let layerOptions = !workloads.isEmpty || layer.anyGiven
            let formatOnly = architecture.overrides.allSatisfy { $0.hasPrefix("pe.weight-format=") }
            let architectureOptions = architecture.config != nil || !formatOnly || architecture.pes != nil || architecture.multipliers != nil
            if random != nil, layerOptions || architectureOptions {
                throw ConfigError.invalid(field: "--random", rule: "draws its own layers and architectures: combine it only with --seed, --mode, --format, --trace-depth, --vcd, --inject-fault, --set pe.weight-format=F")
            }
            if vcd != nil && (random.map { $0 > 1 } ?? false || workloads.count > 1) {
                throw ConfigError.invalid(field: "--vcd", rule: "writes one waveform: give one workload (or --random 1)")
            }
            // The waveform goes where the user said, never over a link, device or read-only file.
            if let vcd { try OutputFile.checkTarget(vcd, field: "--vcd") }
            try runCosim(mode: mode, fault: try parsedFault())
        }

        /// `--inject-fault E,W,L` as numbers.
        func parsedFault() throws -> (pe: Int, word: Int, lane: Int)? {
            guard let injectFault else { return nil }
            let parts = injectFault.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, let pe = parts[0], let word = parts[1], let lane = parts[2], pe >= 0, word >= 0, lane >= 0 else {
                throw ConfigError.invalid(field: "--inject-fault", rule: "must be three non-negative integers PE,WORD,LANE (got '\(injectFault)')")
            }
            return (pe, word, lane)
        }

        /// The layers of the options: catalogue names, or the custom layer, or alexnet-fc8.
        func layerSources() throws -> [LayerSource] {
            var sources = try workloads.map { LayerSource.generated(try WorkloadCatalog.layer(named: $0)) }
            if let custom = try layer.customLayer().generatedSpec() {
                sources.append(.generated(custom))
            }
            if sources.isEmpty { sources = [.generated(try WorkloadCatalog.layer(named: "alexnet-fc8"))] }
            return sources
        }

        /// One compared layer's line of the report.
        struct Row: Encodable {
            var layer: String
            var build: String
            var mode: String
            var pes: Int
            var tiles: Int
            var cycles: Int
            var cyclesCompared: Int
            var signalsCompared: Int
            var swiftSeconds: Double
            var rtlSeconds: Double
            var cosimSeconds: Double
        }

        func runCosim(mode: LockStep.Mode, fault: (pe: Int, word: Int, lane: Int)?) throws {
            let builds = RTLBuild.all
            if listBuilds {
                print("RTL builds (rtl-reference/generate-sc.sh):")
                for build in builds { print("  \(build)") }
                return
            }
            var cases: [(config: ArchitectureConfig, layer: Layer, build: RTLBuild?)] = []
            if let random {
                // The weight format's builds (fixed16 unless --set pe.weight-format=F).
                var formatConfig = ArchitectureConfig()
                for assignment in architecture.overrides { try ConfigLoader.applyOverride(assignment, to: &formatConfig) }
                let formatBuilds = builds.filter { $0.weightFormat == formatConfig.weightFormat }
                guard !formatBuilds.isEmpty else {
                    throw ConfigError.invalid(field: "pe.weight-format", rule: "no RTL build stores \(formatConfig.weightFormat.rawValue) weights (permsim-cosim --list-builds)")
                }
                for seed in layer.seed..<layer.seed + UInt64(random) {
                    let randomCase = try CosimCase(seed: seed, build: CosimCase.build(forSeed: seed, among: formatBuilds))
                    cases.append((randomCase.config, randomCase.layer, randomCase.build))
                }
            } else {
                if let blockSize = layer.blockSize, blockSize < 1 { throw ConfigError.invalid(field: "--p", rule: "must be at least 1 (got \(blockSize))") }
                // Layers built exactly as `permsim run` builds them (the PermDNN accelerator).
                let config = try architecture.engineOptions(blockSize: layer.blockSize, seed: layer.seed).architecture()
                let permdnn = try PermDNNAccelerator(config: config, seed: layer.seed, blockSize: layer.blockSize)
                for source in try layerSources() { cases.append((config, try permdnn.layer(for: source, input: nil), nil)) }
            }
            var rows: [Row] = []
            for (config, layer, chosen) in cases {
                let plan = try LayerPlan(layer: layer, config: config)
                let build = try chosen ?? RTLBuild.matching(plan)
                var lockStep = LockStep(mode: mode, traceDepth: traceDepth)
                if let fault {
                    let load = plan.rowGroups.first?.loads.first { $0.pe == fault.pe }
                    let index = fault.word * config.multipliers + fault.lane
                    guard let load, fault.lane < config.multipliers, index < load.weights.count else {
                        throw ConfigError.invalid(field: "--inject-fault", rule: "PE \(fault.pe) word \(fault.word) lane \(fault.lane) is not in the first row group's weight images of \(layer.name)")
                    }
                    // A bit inside every format's codes: bit 6, or bit 2 of a 4-bit codebook index.
                    let bit: Int16 = config.weightFormat == .codebook4 ? 0x0004 : 0x0040
                    lockStep.dutLoadTransform = { load in
                        if load.pe == fault.pe && index < load.weights.count { load.weights[index] ^= bit }
                    }
                }
                let start = ContinuousClock.now
                let summary: LockStep.Summary
                do {
                    summary = try lockStep.run(plan, reference: SteppedSwiftEngine(config: config), dut: RTLEngine(build: build, vcd: vcd))
                } catch let divergence as LockStep.Divergence {
                    FileHandle.standardError.write(Data(divergence.report.utf8))
                    throw SimulatorFault(message: "the RTL diverged from the Swift model (\(layer.name) on \(build.name)): see above",
                                         attach: "the permsim-cosim command line and the divergence report above")
                }
                let cosimSeconds = (ContinuousClock.now - start).inSeconds
                rows.append(Row(layer: layer.name, build: build.name, mode: mode.rawValue, pes: config.pes, tiles: summary.tiles,
                                cycles: summary.result.cycles, cyclesCompared: summary.cyclesCompared,
                                signalsCompared: summary.signalsCompared, swiftSeconds: summary.referenceSeconds, rtlSeconds: summary.dutSeconds,
                                cosimSeconds: cosimSeconds))
            }
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            } else {
                printTable(rows)
            }
        }

        func printTable(_ rows: [Row]) {
            let header = ["layer", "build", "mode", "PEs", "tiles", "cycles", "compared", "signals", "swift s", "rtl s", "cosim s"]
            let cells = rows.map { row in
                [row.layer, row.build, row.mode, String(row.pes), String(row.tiles), String(row.cycles),
                 String(row.cyclesCompared), String(row.signalsCompared), String(format: "%.4f", row.swiftSeconds),
                 String(format: "%.4f", row.rtlSeconds), String(format: "%.4f", row.cosimSeconds)]
            }
            print(TextTable.render([header] + cells, leftAligned: 3), terminator: "")
            print("all \(rows.count) layer\(rows.count == 1 ? "" : "s") identical (a divergence stops the run with status 3)")
        }
    }
}

extension LockStep.Mode: ExpressibleByArgument {}
