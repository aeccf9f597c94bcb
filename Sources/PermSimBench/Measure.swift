import CirCNNModel
import CommandLineSupport
import ConfigSupport
import EIEModel
import Foundation
import PermDNNModel
import PermSim
import Workloads

extension PermSimBenchCommand {
    /// Times one case on the PermDNN cycle model, the functional reference or a baseline, in
    /// this process (layers generated first, outside the timing).
    func measure(_ benchCase: BenchCase, model: BenchModel) throws -> BenchRow {
        if model == .permdnn {
            throw ConfigError.invalid(field: "--model", rule: "permdnn applies to the import cases only (import-npy, import-safetensors); the PermDNN models are cycle and functional")
        }
        if model == .eie || model == .circnn { return try measureBaseline(benchCase, model: model) }
        var config = ArchitectureConfig.default
        config.pes = benchCase.pes
        let engine = try PermDNNEngine(config: config)
        let layers = try benchCase.workloads.map {
            try LayerGenerator.generate(try WorkloadCatalog.layer(named: $0), format: config.format, seed: 1)
        }
        var checksum = 0
        let timing = try BenchTiming.measure(runs: options.repeat) {
            var cycles = 0, macs = 0
            for layer in layers {
                if model == .cycle {
                    let result = try engine.run(layer)
                    cycles += result.computeCycles
                    macs += result.pe.multipliers.usefulMultiplies
                } else {
                    // Keep the result alive so the work cannot be optimised away.
                    checksum &+= FunctionalReference.outputs(layer, format: config.format).first.map(Int.init) ?? 0
                    macs += layer.activations.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } * layer.weights.blockRows
                }
            }
            return (cycles, macs)
        }
        if checksum == Int.min { print(checksum) }
        return BenchRow(benchCase: benchCase.rawValue, model: model.rawValue, pes: benchCase.pes, layers: layers.count, timing: timing)
    }

    /// Times a baseline engine (EIE as published, CirCNN with PermDNN's multiplier budget) on a
    /// case's layers; `pes` is the baseline's own (EIE: 64; CirCNN: 0, it has no PEs).
    func measureBaseline(_ benchCase: BenchCase, model: BenchModel) throws -> BenchRow {
        let specs = try benchCase.workloads.map { try WorkloadCatalog.layer(named: $0) }
        var pes = 0
        let timing: BenchTiming
        if model == .eie {
            let config = EIEConfig.default
            let engine = try EIEEngine(config: config)
            let layers = try specs.map { try EIELayer.generate(spec: $0, format: config.format, seed: 1, encoding: config.encoding) }
            pes = config.pes
            timing = try BenchTiming.measure(runs: options.repeat) {
                try layers.reduce(into: (0, 0)) { sums, layer in
                    let result = try engine.run(layer)
                    sums = (sums.0 + result.cycles, sums.1 + result.events.multiplies)
                }
            }
        } else {
            let config = CirCNNConfig.default
            let engine = try CirCNNEngine(config: config)
            let layers = try specs.map { try CirCNNLayer.generate(spec: $0, format: config.format, seed: 1) }
            timing = try BenchTiming.measure(runs: options.repeat) {
                try layers.reduce(into: (0, 0)) { sums, layer in
                    let result = try engine.run(layer)
                    sums = (sums.0 + result.cycles, sums.1 + result.stats.realMultiplies)
                }
            }
        }
        return BenchRow(benchCase: benchCase.rawValue, model: model.rawValue, pes: pes, layers: specs.count, timing: timing)
    }

    /// `--case eie-suite --model run`: `permsim run --pes 32`'s work in this process
    /// (`Simulation.run` on every core this process may use: generation, cycle model,
    /// bit-exact check), timed without process start and printing.
    func measureRun(_ benchCase: BenchCase) async throws -> BenchRow {
        guard benchCase == .eieSuite else {
            throw ConfigError.invalid(field: "--case", rule: "--model run takes only the eie-suite case (got '\(benchCase.rawValue)')")
        }
        var config = ArchitectureConfig.default
        config.pes = benchCase.pes
        let simulation = Simulation(accelerator: try PermDNNAccelerator(config: config))
        let jobs = WorkloadCatalog.eieSuite.map { Job(layers: [.generated($0)]) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var times: [Double] = []
        var cycles = 0, macs = 0
        for _ in 0..<options.repeat {
            let start = ContinuousClock.now
            let rows = try await simulation.run(jobs, parallelism: cores)
            times.append((ContinuousClock.now - start).inSeconds)
            cycles = rows.reduce(0) { $0 + ($1.cycles ?? 0) }
            macs = rows.reduce(0) { $0 + $1.macs }
        }
        times.sort()
        let timing = BenchTiming(median: times[times.count / 2], fastest: times[0], cycles: cycles, macs: macs)
        return BenchRow(benchCase: benchCase.rawValue, model: BenchModel.run.rawValue, pes: benchCase.pes, layers: jobs.count, timing: timing)
    }
}
