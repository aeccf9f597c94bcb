/// A named event count behind a component's energy (a row, so reports never depend on key order).
public struct EventCount: Sendable, Equatable, Codable {
    public var name: String
    public var count: Int

    public init(_ name: String, _ count: Int) {
        self.name = name
        self.count = count
    }
}

/// One row of a cost breakdown: a hardware component of the whole engine (all instances).
public struct ComponentCost: Sendable, Equatable, Codable {
    public var name: String
    /// Instances of the component (PEs for per-PE blocks, 1 for shared blocks).
    public var instances: Int
    /// Area of all instances, um^2 (0 off chip).
    public var areaUm2: Double
    /// Energy of the counted events and clocked cycles, pJ.
    public var dynamicEnergyPJ: Double
    /// Leakage power of all instances, mW.
    public var leakagePowerMW: Double
    /// `leakagePowerMW x latency`, pJ.
    public var leakageEnergyPJ: Double
    /// `dynamicEnergyPJ + leakageEnergyPJ`, pJ.
    public var energyPJ: Double
    /// `energyPJ / latency`, mW.
    public var powerMW: Double
    /// False for off-chip parts (DRAM): their energy counts in `totalEnergyUJ`, not in chip power.
    public var onChip: Bool
    /// The counted events this row priced.
    public var events: [EventCount]
}

/// The cost of one run (one layer, or several combined): per-component rows and totals.
public struct CostReport: Sendable, Equatable, Codable {
    /// `permdnn`, `eie`, ...
    public var engine: String
    /// The technology node of the library used.
    public var node: String
    public var clockGHz: Double
    public var cycles: Int
    public var components: [ComponentCost]
    /// Chip area: every on-chip component, mm^2.
    public var totalAreaMM2: Double
    /// Every component's energy, DRAM included, uJ.
    public var totalEnergyUJ: Double
    /// On-chip energy (DRAM excluded), uJ.
    public var onChipEnergyUJ: Double
    /// Chip power, `onChipEnergyUJ / latencyUs` (DRAM excluded), mW.
    public var powerMW: Double
    /// `cycles / clock`, us.
    public var latencyUs: Double

    /// The row called `name`.
    public func component(_ name: String) -> ComponentCost? { components.first { $0.name == name } }

    /// Several runs of the same hardware one after the other (the layers of a suite): energies and
    /// latencies add, areas are the hardware's (taken from the first report); power is the
    /// time-weighted average. Throws when the reports are of different hardware.
    public static func combined(_ reports: [CostReport]) throws -> CostReport {
        guard var result = reports.first else { throw TechnologyError.invalidInput(field: "reports", rule: "must not be empty") }
        for report in reports.dropFirst() {
            guard report.engine == result.engine, report.node == result.node, report.clockGHz == result.clockGHz,
                  report.components.map(\.name) == result.components.map(\.name),
                  zip(report.components, result.components).allSatisfy({ $0.areaUm2 == $1.areaUm2 }) else {
                throw TechnologyError.invalidInput(field: "reports", rule: "must all be of the same hardware (engine, node, clock, components, areas)")
            }
            result.cycles += report.cycles
            result.latencyUs += report.latencyUs
            for index in result.components.indices {
                let other = report.components[index]
                result.components[index].dynamicEnergyPJ += other.dynamicEnergyPJ
                result.components[index].leakageEnergyPJ += other.leakageEnergyPJ
                result.components[index].energyPJ += other.energyPJ
                result.components[index].events = zip(result.components[index].events, other.events).map {
                    EventCount($0.name, $0.count + $1.count)
                }
            }
        }
        for index in result.components.indices {
            result.components[index].powerMW = result.latencyUs > 0 ? result.components[index].energyPJ / result.latencyUs * 1e-3 : 0
        }
        // The same expressions as `CostModel.evaluate`, so one run combined is that run bit for bit.
        let onChipPJ = result.components.filter(\.onChip).reduce(0) { $0 + $1.energyPJ }
        result.totalEnergyUJ = result.components.reduce(0) { $0 + $1.energyPJ } * 1e-6
        result.onChipEnergyUJ = onChipPJ * 1e-6
        result.powerMW = result.latencyUs > 0 ? onChipPJ / result.latencyUs * 1e-3 : 0
        return result
    }
}
