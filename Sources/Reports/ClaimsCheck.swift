import ConfigSupport
import CostModel
import FixedPoint
import PermDNNModel
import PermSim
import Workloads

/// The runs behind the "Published claims" section: PermDNN once more under each weight format
/// and weight SRAM size the claims depend on, priced as the comparison prices its PermDNN (the
/// same node and clock), and set against the comparison's own baseline runs.
///
/// Only PermDNN changes: EIE and CirCNN keep their runs, so every difference between two rows of
/// the section comes from PermDNN's storage format or SRAM size. Each scenario runs every layer
/// through `Comparison.runGroup`, so it is built, checked against the functional reference and
/// priced exactly as the main comparison's PermDNN is.
struct ClaimsCheck: Sendable {
    /// The weight formats PermDNN can store (`pe.weight-format`).
    static let formats: [WeightFormat] = [.fixed16, .fixed8, .codebook4]
    /// The sensitivity chart's sizes: 64 to 512 KiB per PE in steps of 32 KiB.
    static let chartKiB = Array(stride(from: 64, through: 512, by: 32))
    /// "Enough" SRAM is rounded up to this step, the rounding of the area-implied default.
    static let roundingKiB = 32
    /// The design name of the runs (never shown beside the comparison's own designs).
    static let view = "claims"

    /// One set of PermDNN assumptions.
    struct Scenario: Hashable, Sendable {
        var format: WeightFormat
        var sramKiB: Int
    }

    /// One layer of one scenario, priced.
    struct LayerOutcome: Sendable {
        var metric: MetricRow
        /// Energy of the off-chip parts (DRAM), uJ.
        var dramEnergyUJ: Double
    }

    var groups: [Job]
    /// The comparison's PermDNN design (the defaults: fixed16, the area-implied SRAM).
    var config: ArchitectureConfig
    var seed: UInt64

    /// PermDNN with `format` and `sramKiB` per PE, everything else as the comparison's.
    func accelerator(_ scenario: Scenario, logicGates: PermDNNLogicGates? = nil) throws -> PermDNNAccelerator {
        var config = config
        config.weightFormat = scenario.format
        config.weightSRAMKiB = scenario.sramKiB
        var accelerator = try PermDNNAccelerator(config: config, seed: seed, logicGates: logicGates)
        // The layers depend on the format, not on the SRAM: generate each once per format.
        accelerator.settings.sharesGeneratedLayers = true
        return accelerator
    }

    /// The smallest multiple of 32 KiB per PE that holds every layer's weights in `format`.
    func enoughKiB(_ format: WeightFormat) throws -> Int {
        let probe = try accelerator(Scenario(format: format, sramKiB: config.weightSRAMKiB))
        let largest = groups.flatMap(\.layers).map { probe.weightSRAMKiBToHold($0) }.max() ?? 0
        let rounded = (largest + Self.roundingKiB - 1) / Self.roundingKiB * Self.roundingKiB
        return min(max(rounded, Self.roundingKiB), 1 << 20)
    }

    /// Every scenario, format by format: the chart's sizes, the default and "enough", ascending.
    func scenarios() throws -> [Scenario] {
        var scenarios: [Scenario] = []
        for format in Self.formats {
            let sizes = Set(Self.chartKiB + [config.weightSRAMKiB, try enoughKiB(format)]).sorted()
            scenarios += sizes.map { Scenario(format: format, sramKiB: $0) }
        }
        return scenarios
    }

    /// Runs every scenario on every group (`parallelism` at once); the outcomes by scenario and
    /// layer label. `progress` hears one unit per weight format and group.
    func run(node: TechnologyLibrary, logicGates: PermDNNLogicGates, parallelism: Int,
             progress: (any ProgressObserver)?) async throws -> [Scenario: [String: LayerOutcome]] {
        let scenarios = try scenarios()
        let formats = Self.formats
        let accelerators = try formats.map { format in
            try scenarios.filter { $0.format == format }.map { try accelerator($0, logicGates: logicGates) }
        }
        let groups = self.groups
        let perFormat = try await ParallelRunner.map(count: formats.count * groups.count, parallelism: parallelism,
                                                     started: { progress?.started("claims: " + groups[$0 % groups.count].name) },
                                                     finished: { _ in progress?.finished() }) { index in
            try Self.runGroup(groups[index % groups.count], sizes: accelerators[index / groups.count], node: node)
        }
        var outcomes: [Scenario: [String: LayerOutcome]] = [:]
        for (index, group) in perFormat.enumerated() {
            for (workload, bySize) in group {
                for (kib, outcome) in bySize {
                    outcomes[Scenario(format: formats[index / groups.count], sramKiB: kib), default: [:]][workload] = outcome
                }
            }
        }
        return outcomes
    }

    /// One group (a layer, or a network's layers chained) on PermDNN at every SRAM size of one
    /// format (`sizes`, one accelerator each): per layer label, the outcome per size.
    ///
    /// The steps of `Simulation.runLayer`, with one saving: a layer's weights and outputs do
    /// not depend on the SRAM size, and neither does its timing at any size that holds it
    /// whole (`EngineMapping` then makes the same tiles whatever the capacity), so the layer is
    /// built and checked against its functional reference once, simulated once for all the
    /// sizes that hold it and once per size it streams at, and priced at every size with that
    /// size's hardware. A test checks the outcomes equal separate runs.
    static func runGroup(_ group: Job, sizes: [PermDNNAccelerator], node: TechnologyLibrary) throws -> [(String, [(Int, LayerOutcome)])] {
        guard let first = sizes.first else { return [] }
        var chain = NetworkChain(network: group.chained ? group.network : nil)
        var outcomes: [(String, [(Int, LayerOutcome)])] = []
        for source in group.layers {
            let label = group.label(source)
            let layer = try first.layer(for: source, input: try chain.input(layer: source.spec.name, inputs: source.spec.inputs))
            let reference = first.referenceOutputs(layer)
            let holding = first.weightSRAMKiBToHold(source)
            var onChip: EngineResult?
            var bySize: [(Int, LayerOutcome)] = []
            for accelerator in sizes {
                let kib = accelerator.config.weightSRAMKiB
                let result: EngineResult
                if kib >= holding, let shared = onChip {
                    result = shared
                } else {
                    result = try accelerator.simulate(layer, trace: nil)
                    guard result.outputs == reference else {
                        throw SimulatorFault(message: "PermDNN's cycle model disagreed with its functional reference on '\(label)' (\(accelerator.design.name), \(kib) KiB of weight SRAM)",
                                             attach: "the permsim compare command line")
                    }
                    guard result.fitsOnChip == (kib >= holding) else {
                        throw SimulatorFault(message: "'\(label)' needs \(holding) KiB of weight SRAM by the fit rule, but the engine's mapping at \(kib) KiB disagrees",
                                             attach: "the permsim compare command line")
                    }
                    if result.fitsOnChip { onChip = result }
                }
                let cost = try accelerator.cost(result, node: node, clockGHz: accelerator.clockGHz)
                let work = accelerator.work(of: result)
                let run = Comparison.PricedRun(designIndex: 0, view: view, design: accelerator.design.name, workload: label,
                                               denseOperations: 2.0 * Double(source.spec.inputs) * Double(source.spec.outputs), cost: cost,
                                               multiplies: work.multiplies, multipliers: work.multipliers, dramBytes: work.dramBytes,
                                               balance: result.loadBalance(pes: accelerator.config.pes),
                                               projectionError: layer.projection?.relativeError)
                let dram = cost.components.filter { !$0.onChip }.reduce(0) { $0 + $1.energyPJ } * 1e-6
                bySize.append((kib, LayerOutcome(metric: run.metricRow, dramEnergyUJ: dram)))
            }
            chain.record(outputs: reference)
            outcomes.append((label, bySize))
        }
        return outcomes
    }

    /// The section's rows: every claim against each of its baselines, under each format x
    /// {area-implied, enough} SRAM.
    func claimRows(_ outcomes: [Scenario: [String: LayerOutcome]], baselines metrics: [MetricRow]) throws -> [ClaimRow] {
        var enoughKiB: [WeightFormat: Int] = [:]
        for format in Self.formats { enoughKiB[format] = try self.enoughKiB(format) }
        var rows: [ClaimRow] = []
        for claim in PublishedClaim.all {
            for baseline in claim.baselines {
                for format in Self.formats {
                    let enough = Scenario(format: format, sramKiB: enoughKiB[format] ?? config.weightSRAMKiB)
                    let choices = [("area-implied", Scenario(format: format, sramKiB: config.weightSRAMKiB)), ("enough", enough)]
                    for (label, scenario) in choices {
                        let layers = Self.pairs(outcomes[scenario] ?? [:], baseline: baseline, metrics: metrics)
                        let ratios = layers.map { claim.metric.ratio(permdnn: $0.permdnn.metric, baseline: $0.baseline) }
                        let mean = ReportNumber.rounded(ReportNumber.geometricMean(ratios))
                        let (verdict, factor) = claim.verdict(mean)
                        let onChip = outcomes[enough] ?? [:]
                        let extra = layers.reduce(0) { $0 + $1.permdnn.metric.cycles - (onChip[$1.permdnn.metric.workload]?.metric.cycles ?? $1.permdnn.metric.cycles) }
                        let energy = layers.reduce(0.0) { $0 + $1.permdnn.metric.energyUJ }
                        let dram = layers.reduce(0.0) { $0 + $1.permdnn.dramEnergyUJ }
                        rows.append(ClaimRow(
                            claim: claim.id, metric: claim.metric.rawValue, claimedLow: claim.low, claimedHigh: claim.high,
                            baseline: baseline, weightFormat: format.rawValue, weightSRAMKiB: scenario.sramKiB, sram: label,
                            isDefault: format == config.weightFormat && label == "area-implied", layers: ratios.count,
                            minimum: ratios.min() ?? 0, maximum: ratios.max() ?? 0, geometricMean: mean,
                            layersInside: ratios.filter { $0 >= claim.low && $0 <= claim.high }.count,
                            verdict: ratios.isEmpty ? "n/a" : verdict, factor: factor,
                            streamingLayers: layers.filter { $0.permdnn.metric.dramBytes > 0 }.map(\.permdnn.metric.workload).joined(separator: " "),
                            streamingCycles: extra, dramEnergyShare: ReportNumber.rounded(energy > 0 ? dram / energy : 0)))
                    }
                }
            }
        }
        return rows
    }

    /// The sensitivity chart's points: every claim against each baseline, per format and size.
    func sensitivityRows(_ outcomes: [Scenario: [String: LayerOutcome]], baselines metrics: [MetricRow]) -> [SensitivityRow] {
        var rows: [SensitivityRow] = []
        for claim in PublishedClaim.all {
            for baseline in claim.baselines {
                for format in Self.formats {
                    for kib in Self.chartKiB {
                        let layers = Self.pairs(outcomes[Scenario(format: format, sramKiB: kib)] ?? [:], baseline: baseline, metrics: metrics)
                        let ratios = layers.map { claim.metric.ratio(permdnn: $0.permdnn.metric, baseline: $0.baseline) }
                        rows.append(SensitivityRow(
                            claim: claim.id, baseline: baseline, weightFormat: format.rawValue, weightSRAMKiB: kib,
                            claimedLow: claim.low, claimedHigh: claim.high, layers: ratios.count,
                            geometricMean: ReportNumber.rounded(ReportNumber.geometricMean(ratios)),
                            minimum: ratios.min() ?? 0, maximum: ratios.max() ?? 0,
                            streamingLayers: layers.filter { $0.permdnn.metric.dramBytes > 0 }.count))
                    }
                }
            }
        }
        return rows
    }

    /// The layers both PermDNN (in one scenario) and `baseline` (as published) ran, in the
    /// comparison's layer order.
    static func pairs(_ permdnn: [String: LayerOutcome], baseline: String,
                      metrics: [MetricRow]) -> [(permdnn: LayerOutcome, baseline: MetricRow)] {
        metrics.filter { $0.view == Comparison.asPublished && $0.design == baseline }.compactMap { row in
            permdnn[row.workload].map { ($0, row) }
        }
    }
}
