import CirCNNModel
import ConfigSupport
import CostModel
import EIEModel
import Foundation
import PermDNNModel
import PermSim
import Workloads

/// `permsim compare`: runs PermDNN, EIE and CirCNN on the same layers (same inputs for the same
/// spec and seed), prices every run with the cost model and builds the two views.
///
/// - **as published**: each design at its own node and clock: PermDNN (28 nm, 1.2 GHz, 32 x 8),
///   EIE (45 nm, 800 MHz, 64 PEs) and EIE projected to 28 nm the way EIE projected itself (the
///   `45nm -> 28nm` rule of `scaling.yaml`), CirCNN at the PermDNN budget (28 nm, 1.2 GHz, 256
///   multipliers; the model has no other design point).
/// - **iso-technology**: everything on the 28 nm library at PermDNN's clock and multiplier
///   budget: EIE gets one PE per multiplier (256 PEs), its SRAM split so the chip holds the
///   same bytes as the published 64-PE EIE.
public struct Comparison: Sendable {
    public var selection: WorkloadSelection
    /// Directory of the technology libraries (`configs/tech` from the repository root).
    public var technologyDirectory: String
    public var seed: UInt64 = 1
    /// Where EIE's generated layers keep their weights (`--positions`).
    public var positions = Positions.fitted
    /// Groups (layers, or networks) run on up to this many cores; the report does not depend on it.
    public var parallelism = ProcessInfo.processInfo.activeProcessorCount
    /// Whether to check the PermDNN paper's claims (`ClaimsCheck`: PermDNN again under each
    /// weight format and SRAM size); `permsim compare --no-claims` leaves the section out.
    public var checksClaims = true

    public static let asPublished = "as-published"
    public static let isoTechnology = "iso-technology"
    /// The designs PermDNN is compared with, per view, in report order.
    static let baselines = [asPublished: ["eie-45nm", "eie-28nm", "circnn"], isoTechnology: ["eie-iso", "circnn"]]

    public init(selection: WorkloadSelection, technologyDirectory: String = TechnologyCatalog.defaultDirectory) {
        self.selection = selection
        self.technologyDirectory = technologyDirectory
    }

    /// EIE in the iso-technology view: one PE per PermDNN multiplier at PermDNN's clock and data
    /// format, the published 64-PE SRAM bytes split over its PEs (`permsim compare --suite
    /// schemes` runs unstructured sparsity on it too).
    static func isoTechnologyEIE(permdnn: ArchitectureConfig = .default) -> (EIEConfig, EIEInventory) {
        var published = EIEConfig.default
        published.format = permdnn.format
        var iso = published
        iso.pes = permdnn.pes * permdnn.multipliers
        iso.clockGHz = permdnn.clockGHz
        var inventory = EIEInventory.published
        inventory.sparseMatrixKiB = EIEInventory.published.sparseMatrixKiB * published.pes / iso.pes
        inventory.pointerKiB = EIEInventory.published.pointerKiB * published.pes / iso.pes
        return (iso, inventory)
    }

    /// One design of a view: which engine run it prices, how, and what it is.
    struct Design {
        var view: String
        var name: String
        var engine: String
        /// Index of the engine run (`EngineRuns.accelerators`) whose results this design prices.
        var run: Int
        var node: TechnologyLibrary
        var clockGHz: Double
        var pes: Int?
        var multipliersPerPE: Int?
        var multipliers: Int
        var note: String
    }

    /// The engines the comparison runs, each once per layer; several designs may price one run
    /// (EIE as built at 45 nm and projected to 28 nm share their cycles).
    struct EngineRuns {
        var accelerators: [any Accelerator]
        var designs: [Design]
        /// The designs that price run `index`, as the report names them.
        func designNames(run index: Int) -> String {
            var names: [String] = []
            for design in designs where design.run == index && !names.contains(design.name) { names.append(design.name) }
            return names.joined(separator: ", ")
        }
    }

    /// The units of work `run` reports to its progress observer: each group once for the
    /// comparison, then once per scenario of the claims section.
    public func plannedWork() throws -> Int {
        let groups = try selection.jobs()
        return groups.count * (1 + (checksClaims ? ClaimsCheck.formats.count : 0))
    }

    /// Runs every layer on every engine and builds the report; `progress` hears each group
    /// (a layer, or a network) start and end.
    public func run(progress: (any ProgressObserver)? = nil) async throws -> ComparisonReport {
        let groups = try selection.jobs()
        guard !groups.isEmpty else { throw ConfigError.invalid(field: "--workload", rule: "no layers selected") }
        let catalog = TechnologyCatalog(directory: technologyDirectory)
        let lib45 = try catalog.library(node: "45nm")
        let lib28 = try catalog.library(node: "28nm")
        let rule = try catalog.scaling().rule(from: "45nm", to: "28nm")
        let logicGates = try catalog.permDNNLogicGates()

        let permdnnConfig = ArchitectureConfig.default
        var eiePublished = EIEConfig.default
        eiePublished.format = permdnnConfig.format
        let eieProjectedClock = eiePublished.clockGHz * rule.clock.value
        let (eieIso, eieIsoInventory) = Self.isoTechnologyEIE(permdnn: permdnnConfig)
        let circnnConfig = CirCNNConfig.default

        // Every engine builds its layers as `permsim run --engine X` does, from the same seed.
        let permdnn = try PermDNNAccelerator(config: permdnnConfig, seed: seed, logicGates: logicGates)
        var baselineSettings = permdnn.settings
        baselineSettings.positions = positions
        let eie64 = try EIEAccelerator(config: eiePublished, settings: baselineSettings)
        let eie256 = try EIEAccelerator(config: eieIso, settings: baselineSettings, inventory: eieIsoInventory)
        let circnn = try CirCNNAccelerator(config: circnnConfig, settings: baselineSettings)
        let designs: [Design] = [
            Design(view: Self.asPublished, name: "permdnn", engine: "permdnn", run: 0, node: lib28, clockGHz: permdnnConfig.clockGHz,
                   pes: permdnnConfig.pes, multipliersPerPE: permdnnConfig.multipliers, multipliers: permdnnConfig.pes * permdnnConfig.multipliers,
                   note: "PermDNN design point (MICRO 2018): 32 PEs x 8 multipliers, 28 nm, 1.2 GHz"),
            Design(view: Self.asPublished, name: "eie-45nm", engine: "eie", run: 1, node: lib45, clockGHz: eiePublished.clockGHz,
                   pes: eiePublished.pes, multipliersPerPE: 1, multipliers: eiePublished.pes,
                   note: "EIE as built (ISCA 2016): 64 PEs, 45 nm, 800 MHz"),
            Design(view: Self.asPublished, name: "eie-28nm", engine: "eie", run: 1, node: lib28, clockGHz: eieProjectedClock,
                   pes: eiePublished.pes, multipliersPerPE: 1, multipliers: eiePublished.pes,
                   note: "EIE projected to 28 nm as EIE projected itself (scaling.yaml rule 45nm -> 28nm)"),
            Design(view: Self.asPublished, name: "circnn", engine: "circnn", run: 3, node: lib28, clockGHz: circnnConfig.clockGHz,
                   pes: nil, multipliersPerPE: nil, multipliers: circnnConfig.multiplierBudget,
                   note: "CirCNN at PermDNN's budget [ours]: \(circnnConfig.butterflyUnits) butterfly units + \(circnnConfig.cmacLanes) CMAC lanes"),
            Design(view: Self.isoTechnology, name: "permdnn", engine: "permdnn", run: 0, node: lib28, clockGHz: permdnnConfig.clockGHz,
                   pes: permdnnConfig.pes, multipliersPerPE: permdnnConfig.multipliers, multipliers: permdnnConfig.pes * permdnnConfig.multipliers,
                   note: "the reference design"),
            Design(view: Self.isoTechnology, name: "eie-iso", engine: "eie", run: 2, node: lib28, clockGHz: eieIso.clockGHz,
                   pes: eieIso.pes, multipliersPerPE: 1, multipliers: eieIso.pes,
                   note: "EIE with one PE per PermDNN multiplier [ours]; the published 64-PE SRAM bytes split over \(eieIso.pes) PEs"),
            Design(view: Self.isoTechnology, name: "circnn", engine: "circnn", run: 3, node: lib28, clockGHz: circnnConfig.clockGHz,
                   pes: nil, multipliersPerPE: nil, multipliers: circnnConfig.multiplierBudget, note: "the same design as in the as-published view"),
        ]
        let runs = EngineRuns(accelerators: [permdnn, eie64, eie256, circnn], designs: designs)
        // Every layer checked on every engine (rules and host memory) before any runs.
        for accelerator in runs.accelerators { try Simulation(accelerator: accelerator).preflight(groups) }

        // Each group (a layer, or a network's chained layers) runs on its own, on up to
        // `parallelism` cores, assembled in selection order: the report does not depend on how
        // many ran at once (sums over layers are taken in the same order).
        let outcomes = try await ParallelRunner.map(count: groups.count, parallelism: parallelism,
                                                    started: { progress?.started(groups[$0].name) },
                                                    finished: { _ in progress?.finished() }) { index in
            try Self.runGroup(groups[index], runs: runs)
        }

        var metrics: [MetricRow] = []
        var notRun: [NotRunRow] = []
        // Per design (indexed as `designs`): area, and per component in the cost model's order
        // its area, energy summed over layers and whether it is on chip.
        var totals = [DesignTotals](repeating: DesignTotals(), count: designs.count)
        for event in outcomes.joined() {
            switch event {
            case let .notRun(row):
                notRun.append(row)
            case let .priced(run):
                totals[run.designIndex].add(run.cost)
                metrics.append(run.metricRow)
            }
        }
        let designRows = designs.enumerated().map { index, design in
            DesignRow(view: design.view, design: design.name, engine: design.engine, node: design.node.node, clockGHz: ReportNumber.rounded(design.clockGHz),
                      pes: design.pes, multipliersPerPE: design.multipliersPerPE, multipliers: design.multipliers,
                      areaMM2: ReportNumber.rounded(totals[index].areaMM2), note: design.note)
        }
        var components: [ComponentRow] = []
        for (index, design) in designs.enumerated() {
            for component in totals[index].components {
                components.append(ComponentRow(view: design.view, design: design.name, component: component.name,
                                               areaMM2: ReportNumber.rounded(component.areaMM2), energyUJ: ReportNumber.rounded(component.energyUJ),
                                               onChip: component.onChip))
            }
        }
        // The claims section: PermDNN again under each weight format and SRAM size.
        var claims: [ClaimRow] = [], sensitivity: [SensitivityRow] = []
        if checksClaims {
            let claimsCheck = ClaimsCheck(groups: groups, config: permdnnConfig, seed: seed)
            let outcomes = try await claimsCheck.run(node: lib28, logicGates: logicGates, parallelism: parallelism, progress: progress)
            claims = try claimsCheck.claimRows(outcomes, baselines: metrics)
            sensitivity = claimsCheck.sensitivityRows(outcomes, baselines: metrics)
        }

        let networks = groups.filter(\.chained).compactMap(\.network)
        let realNetworks = groups.filter { !$0.chained }.compactMap(\.network)
        let (ratios, means) = Self.ratios(metrics)
        let constants = Self.constants(lib45: lib45, lib28: lib28, rule: rule, logicGates: logicGates, permdnn: permdnnConfig, eie: eiePublished,
                                       eieIso: eieIso, eieIsoInventory: eieIsoInventory, circnn: circnnConfig, seed: seed)
        return ComparisonReport(title: selection.title, seed: seed, workloads: groups.flatMap(\.labels), designs: designRows, metrics: metrics,
                                ratios: ratios, geometricMeans: means, notRun: notRun,
                                components: components, constants: constants, claims: claims, sensitivity: sensitivity,
                                chainedNetworks: networks.isEmpty ? nil : networks,
                                realNetworks: realNetworks.isEmpty ? nil : realNetworks)
    }

    /// What one group produced, in order: priced runs (one per design and view) and layers a
    /// design could not run.
    enum GroupEvent: Sendable {
        case priced(PricedRun)
        case notRun(NotRunRow)
    }

    /// One layer on one design in one view, priced; the metric row is derived from it.
    struct PricedRun: Sendable {
        var designIndex: Int
        var view: String
        var design: String
        var workload: String
        /// `2 x m x n`.
        var denseOperations: Double
        var cost: CostReport
        var multiplies: Int
        var multipliers: Int
        var dramBytes: Int
        var balance: Double
        var projectionError: Double?

        /// The report's metric row: throughput on the dense and compressed work, energy,
        /// efficiency and utilisation, from the cost and the counted work.
        var metricRow: MetricRow {
            let nanoseconds = cost.latencyUs * 1e3
            let denseGOPS = nanoseconds > 0 ? denseOperations / nanoseconds : 0
            let energyNJ = cost.totalEnergyUJ * 1e3
            return MetricRow(
                view: view, design: design, engine: cost.engine, workload: workload, cycles: cost.cycles,
                latencyUs: ReportNumber.rounded(cost.latencyUs), denseGOPS: ReportNumber.rounded(denseGOPS),
                compressedGOPS: ReportNumber.rounded(nanoseconds > 0 ? 2 * Double(multiplies) / nanoseconds : 0),
                energyUJ: ReportNumber.rounded(cost.totalEnergyUJ), powerMW: ReportNumber.rounded(cost.powerMW),
                areaMM2: ReportNumber.rounded(cost.totalAreaMM2),
                gopsPerW: ReportNumber.rounded(energyNJ > 0 ? denseOperations / energyNJ : 0),
                gopsPerMM2: ReportNumber.rounded(cost.totalAreaMM2 > 0 ? denseGOPS / cost.totalAreaMM2 : 0),
                utilization: ReportNumber.rounded(cost.cycles > 0 ? Double(multiplies) / (Double(cost.cycles) * Double(multipliers)) : 0),
                dramBytes: dramBytes, balance: ReportNumber.rounded(balance), projectionError: projectionError.map { ReportNumber.rounded($0) })
        }
    }

    /// A design's area and per-component totals over the layers it ran.
    struct DesignTotals {
        struct Component {
            var name: String
            var areaMM2: Double
            var energyUJ: Double
            var onChip: Bool
        }
        var areaMM2 = 0.0
        var components: [Component] = []

        mutating func add(_ cost: CostReport) {
            areaMM2 = cost.totalAreaMM2
            for part in cost.components {
                if let index = components.firstIndex(where: { $0.name == part.name }) {
                    components[index].areaMM2 = part.areaUm2 / 1e6
                    components[index].energyUJ += part.energyPJ / 1e6
                    components[index].onChip = part.onChip
                } else {
                    components.append(Component(name: part.name, areaMM2: part.areaUm2 / 1e6, energyUJ: part.energyPJ / 1e6, onChip: part.onChip))
                }
            }
        }
    }

    /// Runs one group (an independent layer, or a network's layers chained on each engine) on
    /// every engine run and prices it for every design.
    ///
    /// A layer an engine cannot map (`CannotMapLayer`: an EIE PE's column slice overflows its
    /// pointers) is reported as not run for that engine's designs, not as a failure of the whole
    /// comparison; in a network, the layers after it are not run either (their input does not
    /// exist).
    static func runGroup(_ group: Job, runs: EngineRuns) throws -> [GroupEvent] {
        var events: [GroupEvent] = []
        // One chain per engine run: each engine's layer i+1 takes its own layer i's outputs.
        var chains = runs.accelerators.map { _ in NetworkChain(network: group.chained ? group.network : nil) }
        var missing = [String?](repeating: nil, count: runs.accelerators.count)
        for source in group.layers {
            let label = group.label(source)
            var layerRuns = [LayerRun?](repeating: nil, count: runs.accelerators.count)
            for (index, accelerator) in runs.accelerators.enumerated() {
                let designs = runs.designNames(run: index)
                if let missingLayer = missing[index] {
                    events.append(.notRun(NotRunRow(workload: label, design: designs,
                                                    reason: "its input is the output of '\(missingLayer)', which did not run on this design")))
                    continue
                }
                do {
                    let input = try chains[index].input(layer: source.spec.name, inputs: source.spec.inputs)
                    let run = try Simulation.runLayer(accelerator, source: source, input: input, network: group.network)
                    if run.report.matchesReference == false {
                        throw SimulatorFault(message: "\(accelerator.name)'s cycle model disagreed with its functional reference on '\(label)'",
                                             attach: "the permsim compare command line")
                    }
                    chains[index].record(outputs: run.outputs)
                    layerRuns[index] = run
                } catch let error as CannotMapLayer {
                    events.append(.notRun(NotRunRow(workload: label, design: designs, reason: error.reason)))
                    if group.chained { missing[index] = label }
                } catch let error as ReportError {
                    throw error
                } catch let error as SimulatorFault {
                    throw error
                } catch {
                    throw ReportError.engineFailed(engine: accelerator.name, workload: label, message: "\(error)")
                }
            }
            let dense = 2.0 * Double(source.spec.inputs) * Double(source.spec.outputs)
            // Designs are listed view by view, so the events come out in report order.
            for (designIndex, design) in runs.designs.enumerated() {
                guard let run = layerRuns[design.run] else { continue }
                let cost: CostReport
                do {
                    cost = try run.cost(node: design.node, clockGHz: design.clockGHz)
                } catch {
                    throw ReportError.engineFailed(engine: design.engine, workload: label, message: "\(error)")
                }
                events.append(.priced(PricedRun(designIndex: designIndex, view: design.view, design: design.name, workload: label,
                                                denseOperations: dense, cost: cost, multiplies: run.multiplies,
                                                multipliers: design.multipliers, dramBytes: run.dramBytes,
                                                balance: run.report.balance ?? 1, projectionError: run.report.projectionError)))
            }
        }
        return events
    }

    /// PermDNN over every baseline, per layer and as geometric means.
    static func ratios(_ metrics: [MetricRow]) -> ([RatioRow], [GeoMeanRow]) {
        var ratios: [RatioRow] = []
        var means: [GeoMeanRow] = []
        for view in [asPublished, isoTechnology] {
            for baseline in baselines[view] ?? [] {
                var rows: [RatioRow] = []
                for reference in metrics where reference.view == view && reference.design == "permdnn" {
                    guard let other = metrics.first(where: { $0.view == view && $0.design == baseline && $0.workload == reference.workload }) else { continue }
                    rows.append(RatioRow(view: view, workload: reference.workload, baseline: baseline,
                                         throughput: PublishedClaim.Metric.throughput.ratio(permdnn: reference, baseline: other),
                                         energyEfficiency: PublishedClaim.Metric.energyEfficiency.ratio(permdnn: reference, baseline: other),
                                         areaEfficiency: PublishedClaim.Metric.areaEfficiency.ratio(permdnn: reference, baseline: other)))
                }
                ratios += rows
                means.append(GeoMeanRow(view: view, baseline: baseline, layers: rows.count,
                                        throughput: ReportNumber.rounded(ReportNumber.geometricMean(rows.map(\.throughput))),
                                        energyEfficiency: ReportNumber.rounded(ReportNumber.geometricMean(rows.map(\.energyEfficiency))),
                                        areaEfficiency: ReportNumber.rounded(ReportNumber.geometricMean(rows.map(\.areaEfficiency)))))
            }
        }
        return (ratios, means)
    }
}

