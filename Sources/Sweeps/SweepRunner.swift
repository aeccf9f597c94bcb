import ConfigSupport
import CostModel
import Foundation
import PermSim
import Workloads

/// One layer of one design point, priced: the `results` row.
public struct LayerMetrics: Sendable, Equatable {
    public var workload: String
    public var cycles: Int
    public var latencyUs: Double
    /// `2 m n / latency`: the dense layer's work over the time (the same for every engine).
    public var denseGOPS: Double
    /// `2 x multiplies performed / latency`.
    public var performedGOPS: Double
    /// Every component's energy, DRAM included.
    public var energyUJ: Double
    /// On-chip power.
    public var powerMW: Double
    public var gopsPerW: Double
    public var gopsPerMM2: Double
    /// Multiplies over `cycles x multipliers`.
    public var utilization: Double
    /// Mean work per PE over the busiest PE's.
    public var balance: Double
    public var dramBytes: Int
    public var fitsOnChip: Bool?
    public var tiles: Int?
    public var matchesReference: Bool?
}

/// What became of a design point.
public struct PointOutcome: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        /// Every layer ran and was priced.
        case done
        /// A constraint (area, power) excluded it; the layers priced until then are kept.
        case excluded
        /// The engine refused the combination of values (e.g. a key's rule across keys).
        case invalid
        /// A layer could not be mapped onto the design (e.g. EIE's pointers overflow).
        case unmappable
    }

    public var point: SweepPoint
    public var status: Status
    public var reason: String?
    public var design: String?
    public var areaMM2: Double?
    public var leakageMW: Double?
    public var results: [LayerMetrics]
}

/// Hears a sweep advance (the command line draws its progress from it).
public protocol SweepProgress: Sendable {
    /// `done` of `total` points of this run are stored (skipped ones not counted).
    func advanced(done: Int, total: Int)
}

/// Runs a sweep's points into its store: all cores by default, results identical whatever the
/// core count (each point is deterministic and stored under its grid index).
public struct SweepRunner: Sendable {
    public var spec: SweepSpec
    public var technologyDirectory: String
    public var parallelism = ProcessInfo.processInfo.activeProcessorCount
    /// `--shard i/n`: the points whose id is `i` modulo `n`.
    public var shard: (index: Int, count: Int) = (0, 1)

    public init(spec: SweepSpec, technologyDirectory: String = TechnologyCatalog.defaultDirectory) {
        self.spec = spec
        self.technologyDirectory = technologyDirectory
    }

    /// What a run did.
    public struct Summary: Sendable, Equatable {
        /// Points of this shard, already stored before the run, and run now.
        public var points: Int
        public var skipped: Int
        public var ran: Int
        public var statuses: [String: Int]
    }

    /// The points this shard runs, in id order.
    public func shardPoints() -> [Int] {
        spec.pointIDs().filter { $0 % shard.count == shard.index }
    }

    /// Runs every point of this shard not yet in `store`.
    public func run(store: SweepStore, progress: (any SweepProgress)? = nil) async throws -> Summary {
        let jobs = try spec.selection.jobs()
        let catalog = TechnologyCatalog(directory: technologyDirectory)
        let node: TechnologyLibrary
        do {
            node = try catalog.library(node: spec.node)
        } catch {
            throw ConfigError.invalid(field: "node", rule: "\(error)")
        }
        // Designs beside the synthesized one are priced by scaling its blocks (docs/sweeps.md).
        var scaledGates = try catalog.permDNNLogicGates()
        scaledGates.scalesToDesign = true
        let logicGates = scaledGates
        let ids = shardPoints()
        let stored = try store.storedPointIDs()
        let pending = ids.filter { !stored.contains($0) }
        let axes = spec.axes.map(\.key)
        let spec = self.spec
        var statuses: [String: Int] = [:]
        var done = 0
        progress?.advanced(done: 0, total: pending.count)
        try await withThrowingTaskGroup(of: PointOutcome.self) { group in
            var next = 0
            func launch() {
                guard next < pending.count else { return }
                let point = spec.point(at: pending[next])
                next += 1
                group.addTask { try Self.run(point: point, spec: spec, jobs: jobs, node: node, logicGates: logicGates) }
            }
            for _ in 0..<max(1, parallelism) { launch() }
            while let outcome = try await group.next() {
                try store.store(outcome, axes: axes)
                statuses[outcome.status.rawValue, default: 0] += 1
                done += 1
                progress?.advanced(done: done, total: pending.count)
                launch()
            }
        }
        return Summary(points: ids.count, skipped: ids.count - pending.count, ran: pending.count, statuses: statuses)
    }

    /// One point: its accelerator from the engine table, every job on it, each layer priced on
    /// the sweep's node at the design's clock.
    static func run(point: SweepPoint, spec: SweepSpec, jobs: [Job], node: TechnologyLibrary,
                    logicGates: PermDNNLogicGates) throws -> PointOutcome {
        var outcome = PointOutcome(point: point, status: .done, reason: nil, design: nil, areaMM2: nil, leakageMW: nil, results: [])
        var options = EngineOptions()
        options.overrides = point.overrides
        options.seed = spec.seed
        options.logicGates = logicGates
        options.sharesGeneratedLayers = true
        let accelerator: any Accelerator
        do {
            accelerator = try EngineTable.standard.accelerator(named: point.engine, options: options)
        } catch let ConfigError.invalid(field, rule) {
            outcome.status = .invalid
            outcome.reason = "\(field): \(rule)"
            return outcome
        }
        outcome.design = accelerator.design.summary
        var simulation = Simulation(accelerator: accelerator)
        simulation.verify = spec.verify
        for job in jobs {
            let runs: [LayerRun]
            do {
                runs = try simulation.run(job)
            } catch let error as CannotMapLayer {
                outcome.status = .unmappable
                outcome.reason = "\(job.name): \(error.reason)"
                return outcome
            }
            for (source, run) in zip(job.layers, runs) {
                let label = job.label(source)
                if run.report.matchesReference == false {
                    throw SimulatorFault(message: "\(point.engine)'s cycle model disagreed with its reference on '\(label)' at sweep point \(point.id) (\(point.overrides.joined(separator: " ")))",
                                         attach: "the sweep file and its --db")
                }
                let cost = try run.cost(node: node, clockGHz: accelerator.clockGHz)
                if outcome.areaMM2 == nil {
                    outcome.areaMM2 = cost.totalAreaMM2
                    outcome.leakageMW = cost.components.reduce(0) { $0 + ($1.onChip ? $1.leakagePowerMW : 0) }
                    if let limit = spec.constraints.areaMM2, cost.totalAreaMM2 > limit {
                        outcome.status = .excluded
                        outcome.reason = "area \(ConfigNumber.text(cost.totalAreaMM2)) mm^2 > \(ConfigNumber.text(limit))"
                        return outcome
                    }
                }
                outcome.results.append(metrics(label: label, spec: source.spec, run: run, cost: cost))
                if let limit = spec.constraints.powerMW, cost.powerMW > limit {
                    outcome.status = .excluded
                    outcome.reason = "power \(ConfigNumber.text(cost.powerMW)) mW on \(label) > \(ConfigNumber.text(limit))"
                    return outcome
                }
            }
        }
        return outcome
    }

    /// The metrics `permsim compare` reports, from a priced run.
    static func metrics(label: String, spec: LayerSpec, run: LayerRun, cost: CostReport) -> LayerMetrics {
        let nanoseconds = cost.latencyUs * 1e3
        let dense = 2 * Double(spec.inputs) * Double(spec.outputs)
        let denseGOPS = nanoseconds > 0 ? dense / nanoseconds : 0
        let energyNJ = cost.totalEnergyUJ * 1e3
        return LayerMetrics(
            workload: label, cycles: cost.cycles, latencyUs: cost.latencyUs, denseGOPS: denseGOPS,
            performedGOPS: nanoseconds > 0 ? 2 * Double(run.multiplies) / nanoseconds : 0,
            energyUJ: cost.totalEnergyUJ, powerMW: cost.powerMW,
            gopsPerW: energyNJ > 0 ? dense / energyNJ : 0,
            gopsPerMM2: cost.totalAreaMM2 > 0 ? denseGOPS / cost.totalAreaMM2 : 0,
            utilization: cost.cycles > 0 && run.multipliers > 0 ? Double(run.multiplies) / (Double(cost.cycles) * Double(run.multipliers)) : 0,
            balance: run.report.balance ?? 1, dramBytes: run.dramBytes, fitsOnChip: run.report.fitsOnChip, tiles: run.report.tiles,
            matchesReference: run.report.matchesReference)
    }
}
