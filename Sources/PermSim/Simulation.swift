import ConfigSupport
import CostModel
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
    /// The network the layers belong to (it labels them `network/layer` in reports).
    public var network: String?
    /// Whether layer `i+1`'s input is layer `i`'s computed output (after ReLU); a real network's
    /// layers are not chained (`RealNetwork`).
    public var chained: Bool

    public init(layers: [LayerSource], network: String? = nil, chained: Bool = true) {
        self.layers = layers
        self.network = network
        self.chained = network != nil && chained
    }
}

extension Job {
    /// The job's name in progress lines: its network, or its layer.
    public var name: String { network ?? layers.first?.spec.name ?? "" }
}

/// Hears long work advance (the command line draws a progress line from it).
public protocol ProgressObserver: Sendable {
    /// A unit of work called `name` started.
    func started(_ name: String)
    /// A unit of work finished.
    func finished()
}

/// The rule that chains a network's layers on one engine: layer `i+1`'s input is layer `i`'s
/// computed output (after ReLU), on the same engine. `Simulation` (`permsim run --network`,
/// `permsim compare`) uses it for every engine, so a network runs the same way in both.
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

/// Which model computes the rows.
public enum ModelKind: String, Sendable, CaseIterable {
    /// Cycle-accurate engine (checked against the functional reference unless told not to).
    case cycle
    /// The functional reference alone: outputs and work, no timing.
    case functional
}

/// One layer run on one accelerator: its report row, its outputs (a network's next input),
/// its work, and how to price it.
public struct LayerRun: Sendable {
    public var report: LayerReport
    public var outputs: [Int16]
    /// Multiplies performed, multipliers of the design, bytes streamed from DRAM.
    public var multiplies: Int
    public var multipliers: Int
    public var dramBytes: Int
    let price: @Sendable (TechnologyLibrary, Double) throws -> CostReport

    /// The run's cost on `node` at `clockGHz` (its own clock, or a projected one).
    public func cost(node: TechnologyLibrary, clockGHz: Double) throws -> CostReport {
        try price(node, clockGHz)
    }
}

/// The runner: jobs on one accelerator from the engine table, one report row per layer.
///
/// `permsim run` uses it directly; `permsim compare` runs one per design and prices the runs.
public struct Simulation: Sendable {
    public var accelerator: any Accelerator
    public var model: ModelKind = .cycle
    /// Compare the cycle model's outputs with the functional reference.
    public var verify = true

    public init(accelerator: any Accelerator) { self.accelerator = accelerator }

    /// Runs the jobs, up to `parallelism` at once (independent jobs on separate cores; a
    /// network's layers stay in order), and returns the rows in job order: the result does not
    /// depend on `parallelism`. Tracing forces one job at a time so lines do not interleave.
    /// `progress` hears each job start and end.
    public func run(_ jobs: [Job], parallelism: Int = 1, trace: LineTrace? = nil,
                    progress: (any ProgressObserver)? = nil) async throws -> [LayerReport] {
        try preflight(jobs)
        let rows = try await ParallelRunner.map(count: jobs.count, parallelism: trace == nil ? parallelism : 1,
                                                started: { progress?.started(jobs[$0].name) },
                                                finished: { _ in progress?.finished() }) { index in
            try self.run(jobs[index], trace: trace).map(\.report)
        }
        return rows.flatMap { $0 }
    }

    /// Checks every layer that will be generated (its spec and memory estimate) before anything
    /// runs, so a bad layer is refused before hours of work on the others.
    public func preflight(_ jobs: [Job]) throws {
        for job in jobs {
            for source in job.layers {
                switch source {
                case let .generated(spec): _ = try accelerator.checkedSpec(spec)
                case let .file(entry) where entry.weightsPath == nil: _ = try accelerator.checkedSpec(entry.spec)
                case .file: continue
                }
            }
        }
    }

    /// One job's layers, in order; in a network each layer takes the previous one's outputs.
    public func run(_ job: Job, trace: LineTrace? = nil) throws -> [LayerRun] {
        var runs: [LayerRun] = []
        var chain = NetworkChain(network: job.chained ? job.network : nil)
        for source in job.layers {
            let input = try chain.input(layer: source.spec.name, inputs: source.spec.inputs)
            let run = try Self.runLayer(accelerator, source: source, input: input, network: job.network,
                                        model: model, verify: verify, trace: trace)
            chain.record(outputs: run.outputs)
            runs.append(run)
        }
        return runs
    }

    /// One layer on `accelerator`: build, simulate (or the functional reference alone), check.
    /// `input`, when given, replaces the layer's inputs (a network's previous output).
    public static func runLayer<A: Accelerator>(_ accelerator: A, source: LayerSource, input: [Int16]?, network: String?,
                                                model: ModelKind = .cycle, verify: Bool = true, trace: LineTrace? = nil) throws -> LayerRun {
        let layer = try accelerator.layer(for: source, input: input)
        // Every row says which design point and seed made it.
        let design = accelerator.design
        func stamped(_ row: LayerReport) -> LayerReport {
            var row = row
            row.design = design.name
            row.seed = accelerator.settings.seed
            row.weightSRAMKiB = design.weightSRAMKiB
            row.dramBytesPerCycle = design.dramBytesPerCycle
            return row
        }
        switch model {
        case .functional:
            let report = stamped(try accelerator.functionalReport(layer, network: network))
            return LayerRun(report: report, outputs: try accelerator.referenceOutputs(layer), multiplies: report.macs,
                            multipliers: report.totalMultipliers, dramBytes: 0) { _, _ in
                throw SimulatorFault(message: "a functional run (no timing) was priced", attach: "the command line")
            }
        case .cycle:
            let result = try accelerator.simulate(layer, trace: trace)
            let outputs = accelerator.outputs(of: result)
            let matches = verify ? try outputs == accelerator.referenceOutputs(layer) : nil
            let work = accelerator.work(of: result)
            return LayerRun(report: stamped(accelerator.report(layer, result: result, network: network, matchesReference: matches)),
                            outputs: outputs, multiplies: work.multiplies, multipliers: work.multipliers,
                            dramBytes: work.dramBytes) { node, clock in
                try accelerator.cost(result, node: node, clockGHz: clock)
            }
        }
    }
}
