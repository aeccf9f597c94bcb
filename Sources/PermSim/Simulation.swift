import CirCNNModel
import ConfigSupport
import EIEModel
import PEModel
import PermDNNModel
import Workloads

/// Where one layer of a run comes from.
public enum LayerSource: Sendable, Equatable {
    /// Generated from a spec (catalogue layer, command-line layer, or a file entry without data).
    case generated(LayerSpec)
    /// An entry of a YAML workload file (generated, or imported from `.npy` files).
    case file(WorkloadEntry)

    /// The layer's spec (shape, densities, name).
    public var spec: LayerSpec {
        switch self {
        case let .generated(spec): return spec
        case let .file(entry): return entry.spec
        }
    }
}

/// A unit of work: independent layers, or a network whose layers feed each other.
public struct Job: Sendable {
    public var layers: [LayerSource]
    /// When set, layer `i+1`'s input is layer `i`'s computed output (after ReLU).
    public var network: String?

    public init(layers: [LayerSource], network: String? = nil) {
        self.layers = layers
        self.network = network
    }
}

/// The rule that chains a network's layers on one engine: layer `i+1`'s input is layer `i`'s
/// computed output (after ReLU), on the same engine. `Simulation` (`permsim run --network`) and
/// `permsim compare` both use it, so a network runs the same way in both.
public struct NetworkChain: Sendable {
    /// The network's name; `nil` for independent layers (nothing is chained).
    public let network: String?
    private var previous: [Int16]? = nil

    public init(network: String?) { self.network = network }

    /// The input of the next layer (`layer`, taking `inputs` values): the previous layer's
    /// outputs in a network after its first layer, else `nil` (the layer keeps its own input).
    /// Throws when the sizes differ.
    public func input(layer: String, inputs: Int) throws -> [Int16]? {
        guard network != nil, let previous else { return nil }
        guard previous.count == inputs else {
            throw ConfigError.invalid(field: "network", rule: "layer '\(layer)' takes \(inputs) inputs but the previous layer gives \(previous.count)")
        }
        return previous
    }

    /// Records a layer's outputs (the next layer's input in a network).
    public mutating func record(outputs: [Int16]) { previous = outputs }
}

/// Which accelerator runs the layers: the names `--engine` takes.
public enum EngineKind: String, Sendable, CaseIterable {
    /// PermDNN: block permuted-diagonal weights (`PermDNNEngine`).
    case permdnn
    /// EIE: unstructured sparse weights in modified CSC (`EIEModel`).
    case eie
    /// CirCNN: block-circulant weights, FFT based (`CirCNNModel`).
    case circnn
}

/// Which model computes the rows.
public enum ModelKind: String, Sendable, CaseIterable {
    /// Cycle-accurate engine (checked against the functional reference unless told not to).
    case cycle
    /// The functional reference alone: outputs and work, no timing.
    case functional
}

/// Runs jobs on the PermDNN models and returns one report row per layer.
public struct Simulation: Sendable {
    public var config: ArchitectureConfig
    /// The accelerator; `config` describes PermDNN, `eieConfig` EIE (both use `config.format`).
    public var engine: EngineKind = .permdnn
    public var eieConfig = EIEConfig.default
    /// CirCNN's design; `--p` sets its block size `k`.
    public var circnnConfig = CirCNNConfig.default
    public var model: ModelKind = .cycle
    public var seed: UInt64 = 1
    /// `--p`: block size for every layer.
    public var blockSize: Int? = nil
    /// Compare the cycle model's outputs with the functional reference.
    public var verify = true

    public init(config: ArchitectureConfig) { self.config = config }

    /// Runs the jobs, up to `parallelism` at once (independent jobs on separate cores; a
    /// network's layers stay in order), and returns the rows in job order: the result does not
    /// depend on `parallelism`. Tracing forces one job at a time so lines do not interleave.
    /// `progress(name)` is called as each job starts.
    public func run(_ jobs: [Job], parallelism: Int = 1, trace: PermDNNEngine.Trace? = nil,
                    progress: (@Sendable (String) -> Void)? = nil) async throws -> [LayerReport] {
        try config.validate()
        try preflight(jobs)
        let engine = try PermDNNEngine(config: config)
        let workers = trace == nil ? max(1, min(parallelism, jobs.count)) : 1
        var results = [[LayerReport]](repeating: [], count: jobs.count)
        try await withThrowingTaskGroup(of: (Int, [LayerReport]).self) { group in
            var next = 0
            func submit() {
                let index = next
                next += 1
                let job = jobs[index]
                group.addTask {
                    progress?(job.network ?? job.layers.first?.spec.name ?? "")
                    return (index, try self.run(job, engine: engine, trace: trace))
                }
            }
            for _ in 0..<workers { submit() }
            while let (index, rows) = try await group.next() {
                results[index] = rows
                if next < jobs.count { submit() }
            }
        }
        return results.flatMap { $0 }
    }

    /// Checks every generated layer's spec and memory estimate before anything runs, so the
    /// first error reported does not depend on which parallel job got there first.
    func preflight(_ jobs: [Job]) throws {
        for job in jobs {
            for source in job.layers {
                if case let .generated(spec) = source {
                    let spec = resolve(spec)
                    try spec.validate()
                    try checkMemory(spec)
                }
            }
        }
    }

    /// One job's layers, in order.
    func run(_ job: Job, engine: PermDNNEngine, trace: PermDNNEngine.Trace?) throws -> [LayerReport] {
        switch self.engine {
        case .eie: return try runEIE(job, trace: trace)
        case .circnn: return try runCirCNN(job)
        case .permdnn: break
        }
        var rows: [LayerReport] = []
        var chain = NetworkChain(network: job.network)
        for source in job.layers {
            var layer = try materialize(source)
            if let input = try chain.input(layer: layer.name, inputs: layer.weights.columns) { layer.activations = input }
            switch model {
            case .functional:
                let outputs = FunctionalReference.outputs(layer, format: config.format)
                rows.append(LayerReport(functional: layer, config: config, network: job.network))
                chain.record(outputs: outputs)
            case .cycle:
                let result = try engine.run(layer, trace: trace)
                let matches = verify ? result.outputs == FunctionalReference.outputs(layer, format: config.format) : nil
                rows.append(LayerReport(cycle: layer, result: result, config: config, network: job.network, matchesReference: matches))
                chain.record(outputs: result.outputs)
            }
        }
        return rows
    }

    /// Applies the run's overrides to a spec (block size, permutation source).
    ///
    /// For the baselines, a density whose PermDNN block size would exceed the layer (legal for
    /// EIE and CirCNN) caps `p` at the layer's larger dimension. The cap changes no input and no
    /// result (every engine's activations come from `LayerGenerator.activations`, which does not
    /// depend on `p`, and the baselines never use `p`); it only lets the spec pass
    /// `LayerSpec.validate`, whose `p` rule is PermDNN's, in the preflight every engine shares.
    func resolve(_ spec: LayerSpec) -> LayerSpec {
        var spec = spec
        if let blockSize { spec.blockSize = blockSize }
        if let permutation = config.permutation { spec.permutation = permutation }
        let larger = max(spec.inputs, spec.outputs)
        if engine != .permdnn, spec.blockSize == nil, larger >= 1, spec.weightDensity > 0, spec.resolvedBlockSize() > larger {
            spec.blockSize = larger
        }
        return spec
    }

    /// Builds the layer, refusing it first if its estimated memory exceeds the limit.
    func materialize(_ source: LayerSource) throws -> Layer {
        switch source {
        case let .generated(spec):
            let spec = resolve(spec)
            try spec.validate()
            try checkMemory(spec)
            return try LayerGenerator.generate(spec, format: config.format, seed: seed)
        case var .file(entry):
            entry.spec = resolve(entry.spec)
            if entry.weightsPath == nil { try entry.spec.validate(); try checkMemory(entry.spec) }
            return try entry.materialize(format: config.format, seed: seed)
        }
    }

    /// Host memory a layer needs: the generated layer plus the PE SRAM images of one tile
    /// plus accumulators and outputs, estimated from the shape before anything is allocated.
    public func estimatedBytes(_ spec: LayerSpec) -> Int {
        let p = spec.resolvedBlockSize()
        let (mb, nb) = ((spec.outputs + p - 1) / p, (spec.inputs + p - 1) / p)
        let perPE = (mb + config.pes - 1) / config.pes
        let slots = (perPE + config.multipliers - 1) / config.multipliers
        var total = LayerGenerator.estimatedBytes(spec)
        for term in [spec.inputs * slots * config.multipliers * 2 * min(config.pes, mb),
                     nb * slots * config.multipliers * 4 * min(config.pes, mb),
                     mb * p * 8 * 2] {
            let (sum, overflow) = total.addingReportingOverflow(term)
            total = overflow ? Int.max : sum
        }
        return total
    }

    func checkMemory(_ spec: LayerSpec) throws {
        let bytes = estimatedBytes(spec)
        let limit = config.memoryLimitGiB * 1_073_741_824
        if Double(bytes) > limit {
            let gib = Double(bytes) / 1_073_741_824
            throw ConfigError.invalid(field: "limits.memory-gib",
                rule: "layer '\(spec.name)' needs an estimated \(gib >= 1e6 ? "\(Int(gib / 1024)) TiB" : "\(Int(gib.rounded(.up))) GiB") of host memory, over the limit of \(config.memoryLimitGiB) GiB (raise it with --set limits.memory-gib=N)")
        }
    }
}

extension Simulation {
    /// One job on the EIE model: the same workloads (same inputs for the same spec and seed),
    /// unstructured sparse weights at the spec's density, checked against EIE's reference.
    func runEIE(_ job: Job, trace: PermDNNEngine.Trace?) throws -> [LayerReport] {
        // EIE's own per-cycle trace, printed through the same sink.
        let eieTrace = trace.map { trace in EIEEngine.Trace(cycles: trace.cycles) { trace.sink($0) } }
        var eie = eieConfig
        eie.format = config.format
        let engine = try EIEEngine(config: eie)
        var rows: [LayerReport] = []
        var chain = NetworkChain(network: job.network)
        for source in job.layers {
            var layer = try materializeEIE(source, config: eie)
            if let input = try chain.input(layer: layer.name, inputs: layer.columns) { try layer.setActivations(input) }
            switch model {
            case .functional:
                throw ConfigError.invalid(field: "--model", rule: "functional is available for --engine permdnn only")
            case .cycle:
                let result = try engine.run(layer, trace: eieTrace)
                let matches = verify ? result.outputs == EIEFunctionalReference.outputs(layer) : nil
                rows.append(LayerReport(eie: layer, result: result, config: eie, network: job.network, matchesReference: matches))
                chain.record(outputs: result.outputs)
            }
        }
        return rows
    }

    func materializeEIE(_ source: LayerSource, config eie: EIEConfig) throws -> EIELayer {
        switch source {
        case let .generated(spec):
            return try EIELayer.generate(spec: resolve(spec), format: eie.format, seed: seed, encoding: eie.encoding)
        case var .file(entry):
            entry.spec = resolve(entry.spec)
            guard let weightsPath = entry.weightsPath else {
                var layer = try EIELayer.generate(spec: entry.spec, format: eie.format, seed: seed, encoding: eie.encoding)
                if entry.activationsPath != nil { try layer.setActivations(try entry.inputActivations(format: eie.format, seed: seed)) }
                return layer
            }
            guard entry.permutationPath == nil else {
                throw ConfigError.invalid(field: "k", rule: "layer '\(entry.spec.name)' has permuted-diagonal weights with k values; EIE needs a dense weights matrix")
            }
            // The inputs every engine sees: from the entry's file, or generated from the seed.
            let activations = try entry.inputActivations(format: eie.format, seed: seed)
            return try EIELayer.fromDense(weights: try NpyArray.read(path: weightsPath), activations: activations,
                                          density: entry.spec.weightDensity, format: eie.format,
                                          name: entry.spec.name, relu: entry.spec.relu, encoding: eie.encoding)
        }
    }
}

extension Simulation {
    /// One job on the CirCNN model: the same inputs, block-circulant weights with `k` the power
    /// of two nearest `1 / density` (or `--p`); outputs checked bit for bit against the
    /// fixed-point FFT datapath computed functionally.
    func runCirCNN(_ job: Job) throws -> [LayerReport] {
        var circnn = circnnConfig
        circnn.blockSize = blockSize
        let engine = try CirCNNEngine(config: circnn)
        var rows: [LayerReport] = []
        var chain = NetworkChain(network: job.network)
        for source in job.layers {
            guard model == .cycle else {
                throw ConfigError.invalid(field: "--model", rule: "functional is available for --engine permdnn only")
            }
            let input = try chain.input(layer: source.spec.name, inputs: source.spec.inputs)
            let layer = try circnnLayer(for: source, config: circnn, input: input)
            let result = try engine.run(layer)
            let matches = verify ? try result.outputs == CirCNNReference.fixedPoint(layer, config: circnn).outputs : nil
            rows.append(LayerReport(circnn: layer, result: result, config: circnn, network: job.network, matchesReference: matches))
            chain.record(outputs: result.outputs)
        }
        return rows
    }
}
