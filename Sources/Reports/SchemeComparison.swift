import CirCNNModel
import ConfigSupport
import CostModel
import EIEModel
import Foundation
import PermDNNModel
import PermSim
import Workloads

/// `permsim compare --suite schemes`: the sparsity schemes side by side at equal weight density,
/// each on its engine with the same 256 multipliers at 28 nm and 1.2 GHz, on the same layers.
///
/// Schemes (`docs/schemes.md`): PermDNN's block permuted-diagonal (`--engine permdnn`, `p = 1 /
/// density`), DynaDiag's diagonals (`diagonal`), C4n's n:4 (`nm`, `nm.kept = 4 x density`, so
/// only 50% and 75%), unstructured (EIE's format at 256 PEs, the iso-technology EIE of
/// `permsim compare`), group sparsity (whole output rows kept, dense on PermDNN at `p = 1`) and
/// block-circulant (`circnn`, `k` the power of two nearest `1 / density`). Every layer runs
/// through `Simulation.runLayer` (built, simulated, checked against the engine's reference),
/// independently (networks are not chained here) and is priced on the 28 nm library.
public struct SchemeComparison: Sendable {
    /// Sparsities (weights pruned) of the report.
    public static let sparsities = [0.5, 0.75, 0.875, 0.9]
    /// The default layers: ViT-B/16's linear layers (DynaDiag's case).
    public static let vitLayers = ["vit-b16-qkv", "vit-b16-proj", "vit-b16-fc1", "vit-b16-fc2"]
    public static let clockGHz = 1.2
    /// The committed report's folder under `reports/` (`permsim compare --suite schemes
    /// --output-dir reports/schemes`).
    public static let reportFolder = "schemes"

    public var selection: WorkloadSelection
    public var technologyDirectory: String
    public var seed: UInt64 = 1
    public var parallelism = ProcessInfo.processInfo.activeProcessorCount

    public init(selection: WorkloadSelection, technologyDirectory: String = TechnologyCatalog.defaultDirectory) {
        self.selection = selection
        self.technologyDirectory = technologyDirectory
    }

    /// One scheme: its engine, and how it runs a layer at a density (nil: it cannot).
    struct Scheme: Sendable {
        var description: SchemeDescription
        /// The accelerator for `density`, or the reason the scheme has no such density.
        var make: @Sendable (_ density: Double) throws -> Result<any Accelerator, SchemeUnavailable>
        /// Whether it runs the kept rows of a dense layer (group sparsity) instead of the layer.
        var keepsRows = false
    }

    struct SchemeUnavailable: Error { var reason: String }

    /// The schemes in report order, built for this comparison's seed and the 28 nm library.
    func schemes(logicGates: PermDNNLogicGates?) -> [Scheme] {
        let seed = self.seed
        let settings = { () -> LayerSettings in
            var settings = LayerSettings()
            settings.seed = seed
            return settings
        }()
        let (eieConfig, eieInventory) = Comparison.isoTechnologyEIE()
        let eieSettings = { () -> LayerSettings in
            var eieSettings = settings
            eieSettings.format = eieConfig.format
            return eieSettings
        }()
        return [
            Scheme(description: SchemeDescription(scheme: "permdnn", engine: "permdnn", structure: "block permuted-diagonal, p = 1 / density (PermDNN, MICRO 2018)",
                                                  projection: "best permutation per p x p block")) { _ in
                .success(try PermDNNAccelerator(config: .default, seed: seed, logicGates: logicGates))
            },
            Scheme(description: SchemeDescription(scheme: "diagonal", engine: "diagonal", structure: "K diagonals of the whole matrix, K = density x diagonals (DynaDiag, ICML 2025)",
                                                  projection: "the K offsets of largest L2 norm")) { _ in
                var options = EngineOptions()
                options.seed = seed
                return .success(try EngineTable.standard.accelerator(named: "diagonal", options: options))
            },
            Scheme(description: SchemeDescription(scheme: "nm", engine: "nm", structure: "n of every 4 inputs pruned (C4n; 2:4 as sparse tensor cores), values + 2-bit indices",
                                                  projection: "the 4 - n largest magnitudes of each group")) { density in
                let kept = density * 4
                guard kept == kept.rounded(), (1...3).contains(Int(kept)) else {
                    return .failure(SchemeUnavailable(reason: "n:4 keeps 1, 2 or 3 of 4 weights (densities 25%, 50%, 75%)"))
                }
                var options = EngineOptions()
                options.seed = seed
                options.overrides = ["nm.kept=\(Int(kept))"]
                return .success(try EngineTable.standard.accelerator(named: "nm", options: options))
            },
            Scheme(description: SchemeDescription(scheme: "unstructured", engine: "eie", structure: "any weights kept (EIE's CSC), EIE at 256 PEs, 28 nm, 1.2 GHz",
                                                  projection: "magnitude pruning, EIE's 4-bit codebook")) { _ in
                .success(try EIEAccelerator(config: eieConfig, settings: eieSettings, inventory: eieInventory))
            },
            Scheme(description: SchemeDescription(scheme: "group", engine: "permdnn", structure: "whole output rows kept (group lasso), the kept rows dense on PermDNN at p = 1",
                                                  projection: "the rows of largest L2 norm"),
                   make: { _ in .success(try PermDNNAccelerator(config: .default, seed: seed, blockSize: 1, logicGates: logicGates)) },
                   keepsRows: true),
            Scheme(description: SchemeDescription(scheme: "circnn", engine: "circnn", structure: "k x k circulant blocks, k the power of two nearest 1 / density (CirCNN, MICRO 2017)",
                                                  projection: "the circulant nearest each block")) { _ in
                .success(try CirCNNAccelerator(config: .default, settings: settings))
            },
        ]
    }

    /// The report's layer sets: each job of the selection, its layers at `density`.
    static func sources(_ job: Job, density: Double) -> [LayerSource] {
        job.layers.map { source in
            switch source {
            case var .generated(spec):
                spec.weightDensity = density
                spec.blockSize = nil
                return .generated(spec)
            case var .file(entry):
                entry.spec.weightDensity = density
                entry.spec.blockSize = nil
                return .file(entry)
            }
        }
    }

    /// The layer group sparsity runs for `source`: its kept rows as a dense generated layer
    /// (the same inputs), and for real weights the projection error of keeping those rows.
    static func keptRows(_ source: LayerSource, density: Double) throws -> (LayerSource, Double?) {
        var spec = source.spec
        var error: Double?
        if case let .file(entry) = source, let dense = try entry.denseWeights() {
            error = try GroupSparsity.project(dense, density: density).relativeError
        }
        spec.outputs = GroupSparsity.keptRows(outputs: spec.outputs, density: density)
        spec.weightDensity = 1
        spec.blockSize = 1
        if case let .file(entry) = source, entry.activationsPath != nil {
            var kept = entry
            kept.spec = spec
            kept.weightsPath = nil
            kept.weightsTensor = nil
            return (.file(kept), error)
        }
        return (.generated(spec), error)
    }

    /// The sparsities as the report writes them: `50.0%, 75.0%, 87.5%, 90.0%`.
    public static var sparsityText: String { sparsities.map(ReportNumber.percent).joined(separator: ", ") }

    /// The units of work `run` reports to its progress observer: every job per scheme and sparsity.
    public func plannedWork() throws -> Int {
        try selection.jobs().count * schemes(logicGates: nil).count * Self.sparsities.count
    }

    /// Runs every scheme at every sparsity on every layer and builds the report.
    public func run(progress: (any ProgressObserver)? = nil) async throws -> SchemeReport {
        let jobs = try selection.jobs()
        guard !jobs.isEmpty else { throw ConfigError.invalid(field: "--workload", rule: "no layers selected") }
        let catalog = TechnologyCatalog(directory: technologyDirectory)
        let node = try catalog.library(node: "28nm")
        let schemes = schemes(logicGates: try catalog.permDNNLogicGates())
        let sparsities = Self.sparsities
        let tasks = schemes.indices.flatMap { scheme in sparsities.indices.flatMap { sparsity in jobs.indices.map { (scheme, sparsity, $0) } } }
        let outcomes = try await ParallelRunner.map(count: tasks.count, parallelism: parallelism,
                                                    started: { progress?.started(jobs[tasks[$0].2].name) },
                                                    finished: { _ in progress?.finished() }) { index in
            let (scheme, sparsity, job) = tasks[index]
            return try Self.run(schemes[scheme], sparsity: sparsities[sparsity], job: jobs[job], node: node)
        }
        var rows: [SchemeRow] = []
        var notRun: [SchemeNotRunRow] = []
        for outcome in outcomes {
            rows += outcome.rows
            notRun += outcome.notRun
        }
        return SchemeReport(title: selection.title, seed: seed, node: node.node, clockGHz: Self.clockGHz, multipliers: 256,
                            schemes: schemes.map(\.description), sparsities: sparsities, rows: rows, notRun: notRun,
                            summary: Self.summary(rows, schemes: schemes.map(\.description.scheme), sparsities: sparsities))
    }

    /// One scheme at one sparsity on one job's layers.
    static func run(_ scheme: Scheme, sparsity: Double, job: Job, node: TechnologyLibrary) throws -> (rows: [SchemeRow], notRun: [SchemeNotRunRow]) {
        let density = ReportNumber.rounded(1 - sparsity)
        let name = scheme.description.scheme
        let set = job.network ?? "layers"
        let accelerator: any Accelerator
        switch try scheme.make(density) {
        case let .success(built): accelerator = built
        case let .failure(unavailable):
            return ([], job.layers.map { SchemeNotRunRow(scheme: name, sparsity: sparsity, workload: job.label($0), reason: unavailable.reason) })
        }
        var rows: [SchemeRow] = []
        var notRun: [SchemeNotRunRow] = []
        for (original, source) in zip(job.layers, sources(job, density: density)) {
            let label = job.label(original)
            var runSource = source
            var groupError: Double?
            if scheme.keepsRows { (runSource, groupError) = try keptRows(source, density: density) }
            do {
                let run = try Simulation.runLayer(accelerator, source: runSource, input: nil, network: job.network)
                guard run.report.matchesReference != false else {
                    throw SimulatorFault(message: "\(accelerator.name)'s cycle model disagreed with its functional reference on '\(label)' (\(name) at \(ReportNumber.percent(sparsity)) sparsity)",
                                         attach: "the permsim compare --suite schemes command line")
                }
                let cost = try run.cost(node: node, clockGHz: clockGHz)
                let dense = 2.0 * Double(original.spec.inputs) * Double(original.spec.outputs)
                let metric = Comparison.PricedRun(designIndex: 0, view: "schemes", design: name, workload: label, denseOperations: dense, cost: cost,
                                                  multiplies: run.multiplies, multipliers: run.multipliers, dramBytes: run.dramBytes,
                                                  balance: run.report.balance ?? 1, projectionError: nil).metricRow
                let kept = scheme.keepsRows ? Double(runSource.spec.outputs) / Double(original.spec.outputs) : (run.report.weightDensity ?? density)
                let error = scheme.keepsRows ? groupError : run.report.projectionError
                rows.append(SchemeRow(scheme: name, engine: accelerator.name, sparsity: sparsity, weightDensity: ReportNumber.rounded(kept), set: set,
                                      workload: label, cycles: metric.cycles, latencyUs: metric.latencyUs, denseGOPS: metric.denseGOPS,
                                      energyUJ: metric.energyUJ, areaMM2: metric.areaMM2, gopsPerW: metric.gopsPerW, gopsPerMM2: metric.gopsPerMM2,
                                      utilization: metric.utilization, balance: metric.balance, dramBytes: metric.dramBytes,
                                      nonZeroInputs: run.report.nonZeroInputs, projectionError: error.map { ReportNumber.rounded($0) },
                                      componentEnergyUJ: cost.components.map { ComponentEnergy(component: $0.name, energyUJ: ReportNumber.rounded($0.energyPJ * 1e-6)) }))
            } catch let error as CannotMapLayer {
                notRun.append(SchemeNotRunRow(scheme: name, sparsity: sparsity, workload: label, reason: error.reason))
            }
        }
        return (rows, notRun)
    }

    /// The three components with the most energy over `rows`, with their shares of the total.
    static func largestEnergy(_ rows: [SchemeRow]) -> String {
        var totals: [(String, Double)] = []
        for row in rows {
            for part in row.componentEnergyUJ {
                if let index = totals.firstIndex(where: { $0.0 == part.component }) { totals[index].1 += part.energyUJ } else { totals.append((part.component, part.energyUJ)) }
            }
        }
        let total = totals.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return "" }
        return totals.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(3)
            .map { "\($0.0) \(ReportNumber.percent($0.1 / total))" }.joined(separator: ", ")
    }

    /// Per scheme, sparsity and layer set: geometric means of throughput and efficiency, sums of
    /// cycles, means of balance, utilisation and projection error.
    static func summary(_ rows: [SchemeRow], schemes: [String], sparsities: [Double]) -> [SchemeSummaryRow] {
        var sets: [String] = []
        for row in rows where !sets.contains(row.set) { sets.append(row.set) }
        var summary: [SchemeSummaryRow] = []
        for set in sets {
            for sparsity in sparsities {
                for scheme in schemes {
                    let group = rows.filter { $0.set == set && $0.sparsity == sparsity && $0.scheme == scheme }
                    guard !group.isEmpty else { continue }
                    let errors = group.compactMap(\.projectionError)
                    let count = Double(group.count)
                    summary.append(SchemeSummaryRow(
                        scheme: scheme, sparsity: sparsity, set: set, layers: group.count, cycles: group.reduce(0) { $0 + $1.cycles },
                        throughputGOPS: ReportNumber.rounded(ReportNumber.geometricMean(group.map(\.denseGOPS))),
                        gopsPerW: ReportNumber.rounded(ReportNumber.geometricMean(group.map(\.gopsPerW))),
                        gopsPerMM2: ReportNumber.rounded(ReportNumber.geometricMean(group.map(\.gopsPerMM2))),
                        areaMM2: group[0].areaMM2,
                        balance: ReportNumber.rounded(group.reduce(0) { $0 + $1.balance } / count),
                        utilization: ReportNumber.rounded(group.reduce(0) { $0 + $1.utilization } / count),
                        projectionError: errors.isEmpty ? nil : ReportNumber.rounded(errors.reduce(0, +) / Double(errors.count)),
                        cyclesPerInput: ReportNumber.rounded(Double(group.reduce(0) { $0 + $1.cycles }) / Double(max(1, group.reduce(0) { $0 + $1.nonZeroInputs }))),
                        largestEnergy: largestEnergy(group)))
                }
            }
        }
        return summary
    }
}
