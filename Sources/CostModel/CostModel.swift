/// One block of an engine as the cost model sees it: its hardware (per instance), how many
/// instances, how long their clocks ran, and the events it priced.
///
/// This is the extension point for every engine: an adapter (`CostModel.permDNN`, `CostModel.eie`,
/// and later `CostModel.circnn`) maps its engine's hardware inventory and counted events onto
/// `HardwarePart`s and hands the components to `CostModel.evaluate`.
public struct HardwareComponent: Sendable, Equatable {
    public var name: String
    public var instances: Int
    /// Instance-cycles during which the component's clock ran (free-running registers and
    /// clock-gated storage pay per clocked cycle; leakage is paid for the whole latency anyway).
    public var clockedCycles: Int
    public var parts: [HardwarePart]
    public var events: [EventCount]

    public init(name: String, instances: Int, clockedCycles: Int, parts: [HardwarePart], events: [EventCount]) {
        self.name = name
        self.instances = instances
        self.clockedCycles = clockedCycles
        self.parts = parts
        self.events = events
    }
}

/// Costs from counted events and a technology library (Timeloop/Accelergy style: the simulators
/// count, this prices):
///
/// - energy = sum over events of count x energy per event + leakage power x time;
/// - area = sum of the components' areas, plus placement filler;
///
/// both with one row per component. The same library and the same rules serve every engine;
/// nothing here knows which engine it prices. `docs/cost-model.md` has the derivations.
public enum CostModel {
    /// Name of the placement-filler row (`overhead.filler-area-fraction` of the other on-chip area).
    public static let fillerName = "filler"

    /// Prices `components` of an engine that ran `cycles` cycles at `clockGHz` on `library`.
    public static func evaluate(engine: String, components: [HardwareComponent], cycles: Int, clockGHz: Double,
                                library: TechnologyLibrary) throws -> CostReport {
        guard cycles >= 0 else { throw TechnologyError.invalidInput(field: "cycles", rule: "must be >= 0 (got \(cycles))") }
        guard clockGHz.isFinite, clockGHz > 0 else { throw TechnologyError.invalidInput(field: "clock-ghz", rule: "must be > 0 (got \(clockGHz))") }
        let latencyUs = Double(cycles) / clockGHz * 1e-3
        var rows: [ComponentCost] = []
        for component in components {
            guard component.instances >= 0, component.clockedCycles >= 0 else {
                throw TechnologyError.invalidInput(field: component.name, rule: "instances and clocked cycles must be >= 0")
            }
            var area = 0.0, dynamic = 0.0, leakage = 0.0
            for part in component.parts {
                try part.validate(component: component.name)
                let cost = part.cost(library, clockedCycles: component.clockedCycles)
                area += cost.areaUM2 * Double(component.instances)
                dynamic += cost.dynamicEnergyPJ
                leakage += cost.leakagePowerMW * Double(component.instances)
            }
            let onChip = !component.parts.contains(where: \.isOffChip)
            rows.append(row(component.name, instances: component.instances, area: area, dynamic: dynamic, leakage: leakage,
                            latencyUs: latencyUs, onChip: onChip, events: component.events))
        }
        let fillerArea = rows.reduce(0) { $0 + $1.areaUm2 } * library.overhead.fillerAreaFraction.value
        rows.append(row(fillerName, instances: 1, area: fillerArea, dynamic: 0, leakage: 0, latencyUs: latencyUs, onChip: true, events: []))

        let totalEnergyPJ = rows.reduce(0) { $0 + $1.energyPJ }
        let onChipPJ = rows.filter(\.onChip).reduce(0) { $0 + $1.energyPJ }
        return CostReport(
            engine: engine, node: library.node, clockGHz: clockGHz, cycles: cycles, components: rows,
            totalAreaMM2: rows.reduce(0) { $0 + $1.areaUm2 } * 1e-6,
            totalEnergyUJ: totalEnergyPJ * 1e-6, onChipEnergyUJ: onChipPJ * 1e-6,
            powerMW: latencyUs > 0 ? onChipPJ / latencyUs * 1e-3 : 0, latencyUs: latencyUs)
    }

    private static func row(_ name: String, instances: Int, area: Double, dynamic: Double, leakage: Double, latencyUs: Double,
                            onChip: Bool, events: [EventCount]) -> ComponentCost {
        let leakageEnergy = leakage * latencyUs * 1e3
        let energy = dynamic + leakageEnergy
        return ComponentCost(name: name, instances: instances, areaUm2: area, dynamicEnergyPJ: dynamic, leakagePowerMW: leakage,
                             leakageEnergyPJ: leakageEnergy, energyPJ: energy,
                             powerMW: latencyUs > 0 ? energy / latencyUs * 1e-3 : 0, onChip: onChip, events: events)
    }
}
