import ArgumentParser
import CirCNNModel
import ConfigSupport
import EIEModel
import Foundation
import PermDNNModel
import PermSim
import Workloads

extension PermSimCommand {
    /// `permsim bench`: how fast the models run. Prints numbers; asserts nothing (speed targets
    /// are checked by reading these numbers, never by timed tests).
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure simulator speed: wall time, simulated cycles/s, MACs/s, peak memory.",
            discussion: """
            Each case runs in a child process (so its peak memory is its own) and times
            only the model (workload generation excluded): the median and minimum of
            --repeat runs. Cases: alexnet-fc6 and vgg16-fc6 at 32 PEs, the EIE suite,
            a 4096 -> 11008 layer (llm7b-gate) at 32 and 256 PEs, each on the cycle
            model and on the functional reference; the EIE suite on the EIE and
            CirCNN models; then the EIE suite end to end (a child `permsim run`)
            pinned to 1 core with taskset and on all cores, and the same work timed
            inside the process (Simulation.run: generation, model, bit-exact check),
            which leaves out process start (about 12 ms, serial).
            The RTL rows (alexnet-fc8 on the RTL and in lock step) are
            permsim-cosim bench (rtl-reference/cosim).
            Use a release build: swift run -c release permsim bench
            """)

        @Option(name: .long, help: "Timed runs per case (the median is reported).")
        var `repeat`: Int = 5

        @Option(name: .long, help: ArgumentHelp("Output format: table or json.", valueName: "FORMAT"))
        var format: String = "table"

        @Option(name: .long, help: ArgumentHelp("Run one case in this process (used by the parent).", valueName: "CASE"))
        var `case`: String?

        @Option(name: .long, help: ArgumentHelp("Model for --case: cycle, functional, eie, circnn, or run (eie-suite: Simulation.run in process).", valueName: "MODEL"))
        var model: String = "cycle"

        /// One measured case.
        struct Row: Codable {
            var benchCase: String
            var model: String
            var pes: Int
            var layers: Int
            /// Cycles the model stepped through (DRAM waits come from the schedule, not stepped).
            var simulatedCycles: Int
            var macs: Int
            var medianSeconds: Double
            var minSeconds: Double
            var cyclesPerSecond: Double
            var macsPerSecond: Double
            var peakMemoryMB: Double
        }

        static let cases: [(name: String, workloads: [String], pes: Int)] = [
            ("alexnet-fc6", ["alexnet-fc6"], 32),
            ("vgg16-fc6", ["vgg16-fc6"], 32),
            ("eie-suite", WorkloadCatalog.eieSuite.map(\.name), 32),
            ("4096x11008@32", ["llm7b-gate"], 32),
            ("4096x11008@256", ["llm7b-gate"], 256),
        ]

        func run() async throws {
            guard self.repeat >= 1 else { throw ConfigError.invalid(field: "--repeat", rule: "must be at least 1 (got \(self.repeat))") }
            guard format == "table" || format == "json" else {
                throw ConfigError.invalid(field: "--format", rule: "must be table or json (got '\(format)')")
            }
            if let name = self.case {
                let row = model == "run" ? try await measureRun(name) : try measure(name)
                print(String(decoding: try JSONEncoder().encode(row), as: UTF8.self))
                return
            }
            var rows: [Row] = []
            for benchCase in Self.cases {
                for model in ["cycle", "functional"] {
                    rows.append(try child(benchCase.name, model: model))
                }
            }
            // The baselines on the EIE suite (generation excluded, as above).
            for model in ["eie", "circnn"] { rows.append(try child("eie-suite", model: model)) }
            let speedup = try await parallelSpeedup()
            if format == "json" {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                struct Report: Codable { var cases: [Row]; var parallel: Parallel }
                print(String(decoding: try encoder.encode(Report(cases: rows, parallel: speedup)), as: UTF8.self))
            } else {
                printTable(rows, speedup)
            }
        }

        /// Times one case in this process.
        func measure(_ name: String) throws -> Row {
            guard let benchCase = Self.cases.first(where: { $0.name == name }) else {
                throw ConfigError.invalid(field: "--case", rule: "unknown case '\(name)' (cases: \(Self.cases.map(\.name).joined(separator: ", ")))")
            }
            if model == "eie" || model == "circnn" { return try measureBaseline(benchCase) }
            guard let kind = ModelKind(rawValue: model) else {
                throw ConfigError.invalid(field: "--model", rule: "must be cycle, functional, eie or circnn (got '\(model)')")
            }
            var config = ArchitectureConfig.default
            config.pes = benchCase.pes
            let engine = try PermDNNEngine(config: config)
            let layers = try benchCase.workloads.map {
                try LayerGenerator.generate(try WorkloadCatalog.layer(named: $0), format: config.format, seed: 1)
            }
            var checksum = 0
            let (median, fastest, cycles, macs) = try timed {
                var runCycles = 0, runMacs = 0
                for layer in layers {
                    switch kind {
                    case .cycle:
                        let result = try engine.run(layer)
                        runCycles += result.computeCycles
                        runMacs += result.pe.multipliers.usefulMultiplies
                    case .functional:
                        // Keep the result alive so the work cannot be optimised away.
                        checksum &+= FunctionalReference.outputs(layer, format: config.format).first.map(Int.init) ?? 0
                        runMacs += layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } * layer.weights.blockRows
                    }
                }
                return (runCycles, runMacs)
            }
            if checksum == Int.min { print(checksum) }
            return row(name, pes: benchCase.pes, layers: layers.count, cycles: cycles, macs: macs, median: median, fastest: fastest)
        }

        /// Times a baseline engine (EIE as published, CirCNN with PermDNN's multiplier budget) on a
        /// case's layers; `pes` is the baseline's own (EIE: 64; CirCNN: 0, it has no PEs).
        func measureBaseline(_ benchCase: (name: String, workloads: [String], pes: Int)) throws -> Row {
            let specs = try benchCase.workloads.map { try WorkloadCatalog.layer(named: $0) }
            var pes = 0
            let measured: (median: Double, fastest: Double, cycles: Int, macs: Int)
            if model == "eie" {
                let config = EIEConfig.default
                let engine = try EIEEngine(config: config)
                let layers = try specs.map { try EIELayer.generate(spec: $0, format: config.format, seed: 1, encoding: config.encoding) }
                pes = config.pes
                measured = try timed {
                    try layers.reduce(into: (0, 0)) { sums, layer in
                        let result = try engine.run(layer)
                        sums = (sums.0 + result.cycles, sums.1 + result.events.multiplies)
                    }
                }
            } else {
                let config = CirCNNConfig.default
                let engine = try CirCNNEngine(config: config)
                let layers = try specs.map { try CirCNNLayer.generate(spec: $0, format: config.format, seed: 1) }
                measured = try timed {
                    try layers.reduce(into: (0, 0)) { sums, layer in
                        let result = try engine.run(layer)
                        sums = (sums.0 + result.cycles, sums.1 + result.stats.realMultiplies)
                    }
                }
            }
            return row(benchCase.name, pes: pes, layers: specs.count, cycles: measured.cycles, macs: measured.macs,
                       median: measured.median, fastest: measured.fastest)
        }

        /// Runs `body` `runs` times (default `--repeat`); the median and fastest wall time, and the
        /// counts (cycles, multiplies) `body` returned.
        func timed(runs: Int? = nil, _ body: () throws -> (Int, Int)) throws -> (median: Double, fastest: Double, cycles: Int, macs: Int) {
            var times: [Double] = []
            var counts = (0, 0)
            let clock = ContinuousClock()
            for _ in 0..<(runs ?? self.repeat) {
                let elapsed = try clock.measure { counts = try body() }
                times.append(seconds(elapsed))
            }
            times.sort()
            return (times[times.count / 2], times[0], counts.0, counts.1)
        }

        /// A measured case's row for `--model`: rates from the median, this process's peak memory.
        func row(_ name: String, pes: Int, layers: Int, cycles: Int, macs: Int, median: Double, fastest: Double) -> Row {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Row(benchCase: name, model: model, pes: pes, layers: layers, simulatedCycles: cycles, macs: macs,
                       medianSeconds: median, minSeconds: fastest, cyclesPerSecond: Double(cycles) / median,
                       macsPerSecond: Double(macs) / median, peakMemoryMB: Double(usage.ru_maxrss) / 1024)
        }

        /// Runs `--case` in a child process of this executable and decodes its row.
        func child(_ name: String, model: String) throws -> Row {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            process.arguments = ["bench", "--case", name, "--model", model, "--repeat", String(self.repeat)]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ConfigError.invalid(field: "bench", rule: "case \(name) (\(model)) failed with status \(process.terminationStatus)")
            }
            return try JSONDecoder().decode(Row.self, from: data)
        }

        struct Parallel: Codable {
            var cores: Int
            var oneCoreSeconds: Double
            var allCoresSeconds: Double
            var speedup: Double
            var identicalResults: Bool
            /// The same run timed inside the process (`Simulation.run`: generation, model,
            /// bit-exact check; process start and report printing excluded).
            var inProcessOneCoreSeconds: Double
            var inProcessAllCoresSeconds: Double
            var inProcessSpeedup: Double
        }

        /// `--case eie-suite --model run`: `permsim run --pes 32`'s work in this process
        /// (`Simulation.run` on every core this process may use: generation, cycle model,
        /// bit-exact check), timed without process start and printing.
        func measureRun(_ name: String) async throws -> Row {
            guard name == "eie-suite" else {
                throw ConfigError.invalid(field: "--case", rule: "--model run takes only the eie-suite case (got '\(name)')")
            }
            var config = ArchitectureConfig.default
            config.pes = 32
            let simulation = Simulation(config: config)
            let jobs = WorkloadCatalog.eieSuite.map { Job(layers: [.generated($0)]) }
            let cores = ProcessInfo.processInfo.activeProcessorCount
            var times: [Double] = []
            var cycles = 0, macs = 0
            for _ in 0..<self.repeat {
                let start = ContinuousClock.now
                let rows = try await simulation.run(jobs, parallelism: cores)
                times.append(seconds(ContinuousClock.now - start))
                cycles = rows.reduce(0) { $0 + ($1.cycles ?? 0) }
                macs = rows.reduce(0) { $0 + $1.macs }
            }
            times.sort()
            return row(name, pes: 32, layers: jobs.count, cycles: cycles, macs: macs, median: times[times.count / 2], fastest: times[0])
        }

        /// The EIE suite end to end (`permsim run --pes 32 --format json` in a child process) pinned
        /// to one core with `taskset -c 0`, then on every core. Limiting `--jobs` alone would not
        /// do: the row groups of a tiled layer also run in parallel.
        func parallelSpeedup() async throws -> Parallel {
            let cores = ProcessInfo.processInfo.activeProcessorCount
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
            let arguments = ["run", "--pes", "32", "--format", "json"]
            guard let taskset = ["/usr/bin/taskset", "/bin/taskset"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw ConfigError.invalid(field: "bench", rule: "needs taskset (Debian package util-linux) to pin a run to one core")
            }
            var one: [Double] = [], all: [Double] = []
            var identical = true
            for _ in 0..<self.repeat {
                let (serialTime, serial) = try timedChild(taskset, ["-c", "0", executable] + arguments)
                let (parallelTime, parallel) = try timedChild(executable, arguments)
                one.append(serialTime)
                all.append(parallelTime)
                identical = identical && serial == parallel
            }
            one.sort()
            all.sort()
            let (a, b) = (one[one.count / 2], all[all.count / 2])
            let inProcess = ["bench", "--case", "eie-suite", "--model", "run", "--repeat", String(max(self.repeat, 5))]
            let (_, serialRow) = try timedChild(taskset, ["-c", "0", executable] + inProcess)
            let (_, parallelRow) = try timedChild(executable, inProcess)
            let c = try JSONDecoder().decode(Row.self, from: serialRow).medianSeconds
            let d = try JSONDecoder().decode(Row.self, from: parallelRow).medianSeconds
            return Parallel(cores: cores, oneCoreSeconds: a, allCoresSeconds: b, speedup: a / b, identicalResults: identical,
                            inProcessOneCoreSeconds: c, inProcessAllCoresSeconds: d, inProcessSpeedup: c / d)
        }

        /// Runs a child process to completion; returns its wall time and standard output.
        func timedChild(_ path: String, _ arguments: [String]) throws -> (Double, Data) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            let start = ContinuousClock.now
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let elapsed = seconds(ContinuousClock.now - start)
            guard process.terminationStatus == 0 else {
                throw ConfigError.invalid(field: "bench", rule: "'\(([path] + arguments).joined(separator: " "))' failed with status \(process.terminationStatus)")
            }
            return (elapsed, data)
        }

        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }

        func printTable(_ rows: [Row], _ parallel: Parallel) {
            print("case            model        PEs  layers  sim cycles        MACs  median ms  min ms   Mcycles/s     GMAC/s  peak MB")
            for row in rows {
                let name = row.benchCase.padded(15), model = row.model.padded(11)
                let line = name + " " + model + String(format: "%4d  %6d  %10d  %10d  %9.3f  %6.3f  %10.2f  %9.3f  %7.1f",
                                  row.pes, row.layers, row.simulatedCycles, row.macs,
                                  row.medianSeconds * 1000, row.minSeconds * 1000, row.cyclesPerSecond / 1e6,
                                  row.macsPerSecond / 1e9, row.peakMemoryMB)
                print(line)
            }
            print(String(format: "\nEIE suite end to end (permsim run, child process): 1 core (taskset) %.3f s, %d cores %.3f s, speedup %.2fx, identical results: %@",
                         parallel.oneCoreSeconds, parallel.cores, parallel.allCoresSeconds, parallel.speedup,
                         (parallel.identicalResults ? "yes" : "NO") as NSString))
            print(String(format: "EIE suite in process (Simulation.run: generation, model, check; process start excluded): 1 core %.3f s, %d cores %.3f s, speedup %.2fx",
                         parallel.inProcessOneCoreSeconds, parallel.cores, parallel.inProcessAllCoresSeconds, parallel.inProcessSpeedup))
        }
    }
}
