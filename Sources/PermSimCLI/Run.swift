import ArgumentParser
import ConfigSupport
import Foundation
import PermDNNModel
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

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Processing elements (engine.pes).", valueName: "N"))
        var pes: Int?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Multiplier lanes per PE (pe.multipliers).", valueName: "N"))
        var multipliers: Int?

        @Option(name: .long, help: ArgumentHelp("Architecture preset name or YAML file.", valueName: "NAME|FILE"))
        var config: String?

        @Option(name: .customLong("set"), help: ArgumentHelp("Override one config key (repeatable), e.g. pe.weight-sram-kib=512.", valueName: "KEY=VALUE"))
        var overrides: [String] = []

        @Option(name: .customLong("workload"), help: ArgumentHelp("Catalogue layer to run (repeatable).", valueName: "NAME"))
        var workloads: [String] = []

        @Option(name: .customLong("network"), help: ArgumentHelp("Catalogue network to run, layers chained (repeatable).", valueName: "NAME"))
        var networks: [String] = []

        @Option(name: .long, help: ArgumentHelp("YAML workload file.", valueName: "FILE"))
        var workloadFile: String?

        @Option(name: .customLong("in"), parsing: .unconditional, help: ArgumentHelp("Custom layer: inputs n.", valueName: "N"))
        var inputs: Int?

        @Option(name: .customLong("out"), parsing: .unconditional, help: ArgumentHelp("Custom layer: outputs m.", valueName: "M"))
        var outputs: Int?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Custom layer: weight density in (0, 1]; p = round(1/density).", valueName: "D"))
        var weightDensity: Double?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Custom layer: input activation density in [0, 1] (default 1).", valueName: "D"))
        var actDensity: Double?

        @Option(name: .long, help: ArgumentHelp("Real weights: a dense out x in matrix (.npy float32/float16/int16), projected onto each engine's structure; give --p or --weight-density.", valueName: "FILE"))
        var weights: String?

        @Option(name: .long, help: ArgumentHelp("Real input vector (.npy, n values) for --weights or the --in/--out layer.", valueName: "FILE"))
        var activations: String?

        @Option(name: .customLong("p"), parsing: .unconditional, help: ArgumentHelp("Block size p for every layer (default: round(1 / weight density)).", valueName: "P"))
        var blockSize: Int?

        @Option(name: .long, parsing: .unconditional, help: "Seed of the workload generator (same seed, same cycles and bytes).")
        var seed: UInt64 = 1

        @Option(name: .long, help: ArgumentHelp("Output format: table, json or csv.", valueName: "FORMAT"))
        var format: String = "table"

        @Option(name: .long, help: ArgumentHelp("Accelerator: permdnn (default), eie or circnn.", valueName: "ENGINE"))
        var engine: String = "permdnn"

        @Option(name: .long, help: ArgumentHelp("Model: cycle (timed, verified) or functional (the reference alone).", valueName: "MODEL"))
        var model: String = "cycle"

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Print a per-cycle line trace of the first N cycles of each layer on stderr.", valueName: "N"))
        var trace: Int?

        @Option(name: .long, help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "FILE"))
        var output: String?

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Independent layers run in parallel on up to N cores (default: all; results do not depend on N).", valueName: "N"))
        var jobs: Int?

        @Flag(name: .long, help: "Skip the bit-exact check against the functional reference (for timing the model alone).")
        var noVerify = false

        func run() async throws {
            let simulation = try makeSimulation()
            let jobs = try makeJobs()
            guard let reportFormat = ReportFormat(rawValue: format) else {
                throw ConfigError.invalid(field: "--format", rule: "must be table, json or csv (got '\(format)')")
            }
            let traceSink = trace.map { cycles in
                PermDNNEngine.Trace(cycles: cycles) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            if let parallel = self.jobs, parallel < 1 {
                throw ConfigError.invalid(field: "--jobs", rule: "must be at least 1 (got \(parallel))")
            }
            let progress = ProgressLine(total: jobs.count)
            let ticker = traceSink == nil ? progress.startTicking() : nil
            let rows: [LayerReport]
            do {
                rows = try await simulation.run(jobs, parallelism: self.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                                trace: traceSink) { name in progress.started(name) }
            } catch {
                ticker?.cancel()
                progress.finish()
                throw error
            }
            // Clear the progress line before the report goes to the terminal.
            ticker?.cancel()
            progress.finish()
            let text = try reportFormat.render(rows)
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                    throw ConfigError.invalid(field: "--output", rule: "cannot write '\(output)'")
                }
            } else {
                print(text, terminator: "")
            }
            if rows.contains(where: { $0.matchesReference == false }) {
                throw ConfigError.invalid(field: "ref", rule: "the cycle model disagreed with the functional reference (a model bug: please report with the seed)")
            }
        }

        func makeSimulation() throws -> Simulation {
            let architecture = try CommandSupport.architecture(preset: config, overrides: overrides, pes: pes, multipliers: multipliers)
            var simulation = Simulation(config: architecture)
            guard let engineKind = EngineKind(rawValue: engine) else {
                throw ConfigError.invalid(field: "--engine", rule: "must be \(EngineKind.allCases.map(\.rawValue).joined(separator: " or ")) (got '\(engine)')")
            }
            simulation.engine = engineKind
            if engineKind == .eie {
                // Options that describe PermDNN hardware would be silently ignored: refuse them.
                if multipliers != nil { throw ConfigError.invalid(field: "--multipliers", rule: "does not apply to --engine eie (one multiplier per PE)") }
                if blockSize != nil { throw ConfigError.invalid(field: "--p", rule: "does not apply to --engine eie (unstructured sparsity)") }
                if config != nil { throw ConfigError.invalid(field: "--config", rule: "describes PermDNN; EIE runs as published (use --pes)") }
                if let key = overrides.first(where: { !$0.hasPrefix("fixed-point.") }) {
                    throw ConfigError.invalid(field: "--set", rule: "'\(key)' does not apply to --engine eie (only fixed-point.* keys do)")
                }
                if let pes { simulation.eieConfig.pes = pes }
                try simulation.eieConfig.validate()
            }
            if engineKind == .circnn {
                if trace != nil { throw ConfigError.invalid(field: "--trace", rule: "is not available for --engine circnn (a phase-level model with no per-cycle state to print)") }
                if pes != nil { throw ConfigError.invalid(field: "--pes", rule: "does not apply to --engine circnn (256 multipliers in FFT and MAC units)") }
                if multipliers != nil { throw ConfigError.invalid(field: "--multipliers", rule: "does not apply to --engine circnn") }
                if config != nil { throw ConfigError.invalid(field: "--config", rule: "describes PermDNN; CirCNN runs with the PermDNN multiplier budget") }
                if let key = overrides.first(where: { !$0.hasPrefix("fixed-point.fraction-bits") }) {
                    throw ConfigError.invalid(field: "--set", rule: "'\(key)' does not apply to --engine circnn (only fixed-point.fraction-bits does)")
                }
                simulation.circnnConfig.format.fractionBits = architecture.format.fractionBits
                if let blockSize { simulation.circnnConfig.blockSize = blockSize }
                try simulation.circnnConfig.validate()
            }
            guard let kind = ModelKind(rawValue: model) else {
                throw ConfigError.invalid(field: "--model", rule: "must be cycle or functional (got '\(model)')")
            }
            if let blockSize, blockSize < 1 {
                throw ConfigError.invalid(field: "--p", rule: "must be at least 1 (got \(blockSize))")
            }
            if let trace, trace < 0 { throw ConfigError.invalid(field: "--trace", rule: "must be at least 0 (got \(trace))") }
            simulation.model = kind
            simulation.seed = seed
            simulation.blockSize = blockSize
            simulation.verify = !noVerify
            return simulation
        }

        func makeJobs() throws -> [Job] {
            var jobs: [Job] = []
            for name in workloads { jobs.append(Job(layers: [.generated(try WorkloadCatalog.layer(named: name))])) }
            for name in networks {
                let network = try WorkloadCatalog.network(named: name)
                try network.validate()
                jobs.append(Job(layers: network.layers.map { .generated($0) }, network: network.name))
            }
            if let workloadFile {
                let file = try WorkloadFile.load(path: workloadFile)
                let layers = file.entries.map { LayerSource.file($0) }
                if file.isNetwork {
                    jobs.append(Job(layers: layers, network: file.networkName ?? "network"))
                } else {
                    jobs += layers.map { Job(layers: [$0]) }
                }
            }
            if let entry = try dataLayer() {
                jobs.append(Job(layers: [.file(entry)]))
            } else if let custom = try customLayer() {
                jobs.append(Job(layers: [.generated(custom)]))
            }
            if jobs.isEmpty { jobs = WorkloadCatalog.eieSuite.map { Job(layers: [.generated($0)]) } }
            return jobs
        }

        /// The layer of `--weights` (and/or `--activations`), if given: real data read from `.npy`.
        /// PermDNN projects the dense matrix onto its block size, EIE keeps an already sparse
        /// matrix's non-zeros or prunes by magnitude to the density, CirCNN projects onto circulant blocks.
        func dataLayer() throws -> WorkloadEntry? {
            guard weights != nil || activations != nil else { return nil }
            guard let weights else {
                guard var spec = try customLayer() else {
                    throw ConfigError.invalid(field: "--activations", rule: "needs --weights or a custom layer (--in, --out)")
                }
                spec.name = "custom"
                return WorkloadEntry(spec: spec, activationsPath: activations)
            }
            let array = try NpyArray.read(path: weights)
            guard array.shape.count == 2 else {
                throw ConfigError.invalid(field: "--weights", rule: "must be a 2-D out x in matrix (got shape \(array.shape))")
            }
            let (rows, columns) = (array.shape[0], array.shape[1])
            if let inputs, inputs != columns { throw ConfigError.invalid(field: "--in", rule: "is \(inputs) but \(weights) has \(columns) columns") }
            if let outputs, outputs != rows { throw ConfigError.invalid(field: "--out", rule: "is \(outputs) but \(weights) has \(rows) rows") }
            guard weightDensity != nil || blockSize != nil else {
                throw ConfigError.invalid(field: "--weight-density", rule: "or --p is required with --weights (the structure's density)")
            }
            let name = URL(fileURLWithPath: weights).deletingPathExtension().lastPathComponent
            let spec = LayerSpec(name: name, inputs: columns, outputs: rows, weightDensity: weightDensity ?? 1.0 / Double(blockSize ?? 1),
                                 activationDensity: actDensity ?? 1.0, blockSize: blockSize, activationSign: .signed)
            try spec.validate()
            return WorkloadEntry(spec: spec, weightsPath: weights, activationsPath: activations)
        }

        /// The `--in/--out/...` layer, if any of its options was given.
        func customLayer() throws -> LayerSpec? {
            try CommandSupport.customLayer(inputs: inputs, outputs: outputs, weightDensity: weightDensity,
                                           actDensity: actDensity, blockSize: blockSize)
        }
    }
}
