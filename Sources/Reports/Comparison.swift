import CirCNNModel
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
    public var selection: ComparisonSelection
    /// Directory of the technology libraries (`configs/tech` from the repository root).
    public var technologyDirectory: String
    public var seed: UInt64 = 1
    /// Groups (layers, or networks) run on up to this many cores; the report does not depend on it.
    public var parallelism = ProcessInfo.processInfo.activeProcessorCount

    public static let asPublished = "as-published"
    public static let isoTechnology = "iso-technology"
    /// The designs PermDNN is compared with, per view, in report order.
    static let baselines = [asPublished: ["eie-45nm", "eie-28nm", "circnn"], isoTechnology: ["eie-iso", "circnn"]]

    public init(selection: ComparisonSelection, technologyDirectory: String = TechnologyCatalog.defaultDirectory) {
        self.selection = selection
        self.technologyDirectory = technologyDirectory
    }

    /// One design of a view: how to price a run and what it is.
    struct Design {
        var view: String
        var name: String
        var engine: String
        var node: TechnologyLibrary
        var clockGHz: Double
        var pes: Int?
        var multipliersPerPE: Int?
        var multipliers: Int
        var note: String
    }

    /// Runs every layer on every engine and builds the report.
    public func run() throws -> ComparisonReport {
        let groups = try selection.groups()
        guard !groups.isEmpty else { throw ReportError.invalidSelection(field: "workload", rule: "no layers selected") }
        let catalog = TechnologyCatalog(directory: technologyDirectory)
        let lib45 = try catalog.library(node: "45nm")
        let lib28 = try catalog.library(node: "28nm")
        let rule = try catalog.scaling().rule(from: "45nm", to: "28nm")
        let logicGates = try catalog.permDNNLogicGates()

        let permdnnConfig = ArchitectureConfig.default
        var eiePublished = EIEConfig.default
        eiePublished.format = permdnnConfig.format
        var eieProjected = eiePublished
        eieProjected.clockGHz = eiePublished.clockGHz * rule.clock.value
        var eieIso = eiePublished
        eieIso.pes = permdnnConfig.pes * permdnnConfig.multipliers
        eieIso.clockGHz = permdnnConfig.clockGHz
        var eieIsoInventory = EIEInventory.published
        eieIsoInventory.sparseMatrixKiB = EIEInventory.published.sparseMatrixKiB * eiePublished.pes / eieIso.pes
        eieIsoInventory.pointerKiB = EIEInventory.published.pointerKiB * eiePublished.pes / eieIso.pes
        let circnnConfig = CirCNNConfig.default

        // Each group (a layer, or a network's chained layers) runs on its own; groups run on up to
        // `parallelism` cores and are assembled in selection order, so the report does not depend
        // on how many ran at once (sums over layers are taken in the same order).
        let outcomes = ResultSlots<[GroupEvent]>(count: groups.count)
        let workers = max(1, min(parallelism, groups.count))
        let designsToRun = (eiePublished, eieProjected, eieIso, eieIsoInventory)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = outcomes.claim() {
                outcomes.set(index, Result {
                    try Self.runGroup(groups[index], seed: seed, lib45: lib45, lib28: lib28, logicGates: logicGates, permdnnConfig: permdnnConfig,
                                      eiePublished: designsToRun.0, eieProjected: designsToRun.1, eieIso: designsToRun.2,
                                      eieIsoInventory: designsToRun.3, circnnConfig: circnnConfig)
                })
            }
        }

        var metrics: [MetricRow] = []
        var notRun: [NotRunRow] = []
        var areas: [String: Double] = [:]
        // Per design: components in the cost model's order, area, and energy summed over layers.
        var componentOrder: [String: [String]] = [:]
        var componentArea: [String: Double] = [:]
        var componentEnergy: [String: Double] = [:]
        var componentOnChip: [String: Bool] = [:]
        for outcome in outcomes.values {
            for event in try outcome.get() {
                switch event {
                case let .notRun(row):
                    notRun.append(row)
                case let .priced(run):
                    let key = "\(run.view)/\(run.design)"
                    let cost = run.cost
                    areas[key] = cost.totalAreaMM2
                    if componentOrder[key] == nil { componentOrder[key] = cost.components.map(\.name) }
                    for component in cost.components {
                        componentArea["\(key)/\(component.name)"] = component.areaUm2 / 1e6
                        componentEnergy["\(key)/\(component.name)", default: 0] += component.energyPJ / 1e6
                        componentOnChip["\(key)/\(component.name)"] = component.onChip
                    }
                    let nanoseconds = cost.latencyUs * 1e3
                    let denseGOPS = nanoseconds > 0 ? run.denseOperations / nanoseconds : 0
                    let energyNJ = cost.totalEnergyUJ * 1e3
                    metrics.append(MetricRow(
                        view: run.view, design: run.design, engine: cost.engine, workload: run.workload, cycles: cost.cycles,
                        latencyUs: ReportNumber.rounded(cost.latencyUs), denseGOPS: ReportNumber.rounded(denseGOPS),
                        compressedGOPS: ReportNumber.rounded(nanoseconds > 0 ? 2 * Double(run.multiplies) / nanoseconds : 0),
                        energyUJ: ReportNumber.rounded(cost.totalEnergyUJ), powerMW: ReportNumber.rounded(cost.powerMW),
                        areaMM2: ReportNumber.rounded(cost.totalAreaMM2),
                        gopsPerW: ReportNumber.rounded(energyNJ > 0 ? run.denseOperations / energyNJ : 0),
                        gopsPerMM2: ReportNumber.rounded(cost.totalAreaMM2 > 0 ? denseGOPS / cost.totalAreaMM2 : 0),
                        utilization: ReportNumber.rounded(cost.cycles > 0 ? Double(run.multiplies) / (Double(cost.cycles) * Double(run.multipliers)) : 0),
                        dramBytes: run.dramBytes))
                }
            }
        }

        let designs: [Design] = [
            Design(view: Self.asPublished, name: "permdnn", engine: "permdnn", node: lib28, clockGHz: permdnnConfig.clockGHz,
                   pes: permdnnConfig.pes, multipliersPerPE: permdnnConfig.multipliers, multipliers: permdnnConfig.pes * permdnnConfig.multipliers,
                   note: "PermDNN design point (MICRO 2018): 32 PEs x 8 multipliers, 28 nm, 1.2 GHz"),
            Design(view: Self.asPublished, name: "eie-45nm", engine: "eie", node: lib45, clockGHz: eiePublished.clockGHz,
                   pes: eiePublished.pes, multipliersPerPE: 1, multipliers: eiePublished.pes,
                   note: "EIE as built (ISCA 2016): 64 PEs, 45 nm, 800 MHz"),
            Design(view: Self.asPublished, name: "eie-28nm", engine: "eie", node: lib28, clockGHz: eieProjected.clockGHz,
                   pes: eieProjected.pes, multipliersPerPE: 1, multipliers: eieProjected.pes,
                   note: "EIE projected to 28 nm as EIE projected itself (scaling.yaml rule 45nm -> 28nm)"),
            Design(view: Self.asPublished, name: "circnn", engine: "circnn", node: lib28, clockGHz: circnnConfig.clockGHz,
                   pes: nil, multipliersPerPE: nil, multipliers: circnnConfig.multiplierBudget,
                   note: "CirCNN at PermDNN's budget [ours]: \(circnnConfig.butterflyUnits) butterfly units + \(circnnConfig.cmacLanes) CMAC lanes"),
            Design(view: Self.isoTechnology, name: "permdnn", engine: "permdnn", node: lib28, clockGHz: permdnnConfig.clockGHz,
                   pes: permdnnConfig.pes, multipliersPerPE: permdnnConfig.multipliers, multipliers: permdnnConfig.pes * permdnnConfig.multipliers,
                   note: "the reference design"),
            Design(view: Self.isoTechnology, name: "eie-iso", engine: "eie", node: lib28, clockGHz: eieIso.clockGHz,
                   pes: eieIso.pes, multipliersPerPE: 1, multipliers: eieIso.pes,
                   note: "EIE with one PE per PermDNN multiplier [ours]; the published 64-PE SRAM bytes split over \(eieIso.pes) PEs"),
            Design(view: Self.isoTechnology, name: "circnn", engine: "circnn", node: lib28, clockGHz: circnnConfig.clockGHz,
                   pes: nil, multipliersPerPE: nil, multipliers: circnnConfig.multiplierBudget, note: "the same design as in the as-published view"),
        ]
        let designRows = designs.map {
            DesignRow(view: $0.view, design: $0.name, engine: $0.engine, node: $0.node.node, clockGHz: ReportNumber.rounded($0.clockGHz),
                      pes: $0.pes, multipliersPerPE: $0.multipliersPerPE, multipliers: $0.multipliers,
                      areaMM2: ReportNumber.rounded(areas["\($0.view)/\($0.name)"] ?? 0), note: $0.note)
        }

        var components: [ComponentRow] = []
        for design in designs {
            let key = "\(design.view)/\(design.name)"
            for name in componentOrder[key] ?? [] {
                components.append(ComponentRow(view: design.view, design: design.name, component: name,
                                               areaMM2: ReportNumber.rounded(componentArea["\(key)/\(name)"] ?? 0),
                                               energyUJ: ReportNumber.rounded(componentEnergy["\(key)/\(name)"] ?? 0),
                                               onChip: componentOnChip["\(key)/\(name)"] ?? true))
            }
        }
        let networks = groups.compactMap(\.network)
        let (ratios, means) = Self.ratios(metrics)
        let constants = Self.constants(lib45: lib45, lib28: lib28, rule: rule, logicGates: logicGates, permdnn: permdnnConfig, eie: eiePublished,
                                       eieIso: eieIso, eieIsoInventory: eieIsoInventory, circnn: circnnConfig, seed: seed)
        return ComparisonReport(title: selection.title, seed: seed, workloads: groups.flatMap(\.labels), designs: designRows, metrics: metrics,
                                ratios: ratios, geometricMeans: means, notRun: notRun,
                                components: components, constants: constants,
                                chainedNetworks: networks.isEmpty ? nil : networks)
    }

    /// What one group produced, in order: priced runs (one per design and view) and layers a
    /// design could not run.
    enum GroupEvent: Sendable {
        case priced(PricedRun)
        case notRun(NotRunRow)
    }

    /// One layer on one design in one view, priced; the metric row is derived from it.
    struct PricedRun: Sendable {
        var view: String
        var design: String
        var workload: String
        /// `2 x m x n`.
        var denseOperations: Double
        var cost: CostReport
        var multiplies: Int
        var multipliers: Int
        var dramBytes: Int
    }

    /// Runs one group (an independent layer, or a network's layers chained on each engine) on
    /// every design. Engines are built here so that groups can run at the same time.
    static func runGroup(_ group: ComparisonSelection.Group, seed: UInt64, lib45: TechnologyLibrary, lib28: TechnologyLibrary,
                         logicGates: PermDNNLogicGates, permdnnConfig: ArchitectureConfig, eiePublished: EIEConfig, eieProjected: EIEConfig, eieIso: EIEConfig,
                         eieIsoInventory: EIEInventory, circnnConfig: CirCNNConfig) throws -> [GroupEvent] {
        let permdnn = try PermDNNEngine(config: permdnnConfig)
        let eie64 = try EIEEngine(config: eiePublished)
        let eie256 = try EIEEngine(config: eieIso)
        let circnn = try CirCNNEngine(config: circnnConfig)
        var events: [GroupEvent] = []
        // One chain per engine run: each design's layer i+1 takes its own layer i's outputs.
        var permdnnChain = NetworkChain(network: group.network)
        var eie64Chain = NetworkChain(network: group.network)
        var eie256Chain = NetworkChain(network: group.network)
        var circnnChain = NetworkChain(network: group.network)
        // The layer of the network that a 64- or 256-PE EIE could not run: later layers have no input.
        var eie64Missing: String? = nil
        var eie256Missing: String? = nil
        // Layers are built as `permsim run --engine X` builds them (generated, or imported from
        // `.npy` and projected onto each engine's structure), from the same seed.
        var permdnnSimulation = Simulation(config: permdnnConfig)
        permdnnSimulation.seed = seed
        var eieSimulation = permdnnSimulation
        eieSimulation.engine = .eie
        var circnnSimulation = permdnnSimulation
        circnnSimulation.engine = .circnn
        for source in group.layers {
            let spec = source.spec
            let label = group.label(source)
            func attempt<T>(_ engine: String, _ body: () throws -> T) throws -> T {
                do { return try body() } catch let error as ReportError { throw error } catch {
                    throw ReportError.engineFailed(engine: engine, workload: label, message: "\(error)")
                }
            }
            let dense = 2.0 * Double(spec.inputs) * Double(spec.outputs)
            func priced(_ view: String, _ design: String, _ cost: CostReport, multiplies: Int, multipliers: Int, dramBytes: Int) -> GroupEvent {
                .priced(PricedRun(view: view, design: design, workload: label, denseOperations: dense, cost: cost,
                                  multiplies: multiplies, multipliers: multipliers, dramBytes: dramBytes))
            }
            let permdnnResult = try attempt("permdnn") { () throws -> EngineResult in
                var layer = try permdnnSimulation.layer(for: source)
                if let input = try permdnnChain.input(layer: spec.name, inputs: spec.inputs) { layer.activations = input }
                return try permdnn.run(layer)
            }
            permdnnChain.record(outputs: permdnnResult.outputs)
            let permdnnCost = try attempt("permdnn") { try CostModel.permDNN(result: permdnnResult, config: permdnnConfig, node: lib28, logicGates: logicGates) }
            let permdnnMultiplies = permdnnResult.pe.multipliers.usefulMultiplies
            let permdnnMultipliers = permdnnConfig.pes * permdnnConfig.multipliers

            // A layer EIE cannot encode (a PE's column slice overflows its 16-bit pointers) is
            // reported as not run for that design, not as a failure of the whole comparison; in a
            // network, the layers after it are not run either (their input does not exist).
            func eieRun(_ engine: EIEEngine, _ config: EIEConfig, design: String, chain: inout NetworkChain,
                        missing: inout String?) throws -> EIEResult? {
                if let missing {
                    events.append(.notRun(NotRunRow(workload: label, design: design,
                                            reason: "its input is the output of '\(missing)', which did not run on this design")))
                    return nil
                }
                do {
                    var layer = try eieSimulation.eieLayer(for: source, config: config)
                    if let input = try attempt("eie", { try chain.input(layer: spec.name, inputs: spec.inputs) }) { try layer.setActivations(input) }
                    let result = try attempt("eie") { try engine.run(layer) }
                    chain.record(outputs: result.outputs)
                    return result
                } catch let error as EIEError {
                    guard case .pointerOverflow = error else { throw ReportError.engineFailed(engine: "eie", workload: label, message: "\(error)") }
                    events.append(.notRun(NotRunRow(workload: label, design: design, reason: "\(error)")))
                    if group.network != nil { missing = label }
                    return nil
                }
            }
            let eieResult = try eieRun(eie64, eiePublished, design: "eie-45nm, eie-28nm", chain: &eie64Chain, missing: &eie64Missing)
            let eieIsoResult = try eieRun(eie256, eieIso, design: "eie-iso", chain: &eie256Chain, missing: &eie256Missing)
            let eie45 = try eieResult.map { result in try attempt("eie") { try CostModel.eie(result: result, config: eiePublished, node: lib45) } }
            let eie28 = try eieResult.map { result in try attempt("eie") { try CostModel.eie(result: result, config: eieProjected, node: lib28) } }
            let eieIsoCost = try eieIsoResult.map { result in
                try attempt("eie") { try CostModel.eie(result: result, config: eieIso, node: lib28, inventory: eieIsoInventory) }
            }

            let circnnLayer = try attempt("circnn") { () throws -> CirCNNLayer in
                let input = try circnnChain.input(layer: spec.name, inputs: spec.inputs)
                return try circnnSimulation.circnnLayer(for: source, config: circnnConfig, input: input)
            }
            let circnnResult = try attempt("circnn") { try circnn.run(circnnLayer) }
            circnnChain.record(outputs: circnnResult.outputs)
            let circnnCost = try attempt("circnn") { try CostModel.circnn(result: circnnResult, config: circnnConfig, node: lib28) }
            let circnnDRAM = circnnCost.component(CostModel.CirCNNComponent.dram)?.events.first?.count ?? 0

            for view in [Self.asPublished, Self.isoTechnology] {
                events.append(priced(view, "permdnn", permdnnCost, multiplies: permdnnMultiplies, multipliers: permdnnMultipliers,
                                   dramBytes: permdnnResult.engine.dramBytes))
                if view == Self.asPublished {
                    if let eieResult, let eie45, let eie28 {
                        events.append(priced(view, "eie-45nm", eie45, multiplies: eieResult.events.multiplies, multipliers: eiePublished.pes, dramBytes: 0))
                        events.append(priced(view, "eie-28nm", eie28, multiplies: eieResult.events.multiplies, multipliers: eieProjected.pes, dramBytes: 0))
                    }
                } else if let eieIsoResult, let eieIsoCost {
                    events.append(priced(view, "eie-iso", eieIsoCost, multiplies: eieIsoResult.events.multiplies, multipliers: eieIso.pes, dramBytes: 0))
                }
                events.append(priced(view, "circnn", circnnCost, multiplies: circnnResult.stats.realMultiplies,
                                   multipliers: circnnConfig.multiplierBudget, dramBytes: circnnDRAM))
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
                                         throughput: ReportNumber.rounded(other.latencyUs / reference.latencyUs),
                                         energyEfficiency: ReportNumber.rounded(reference.gopsPerW / other.gopsPerW),
                                         areaEfficiency: ReportNumber.rounded(reference.gopsPerMM2 / other.gopsPerMM2)))
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

/// One slot per group for results written from several threads, read after they are all done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]
    private var claimed = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next slot no thread has taken yet, or `nil` when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < slots.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// Every slot's result in order (a slot never set is an internal error).
    var values: [Result<Value, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(ReportError.invalidSelection(field: "compare", rule: "internal: a group produced no result")) }
    }
}
