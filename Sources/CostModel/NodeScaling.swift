import ConfigSupport
import Foundation
import Workloads

/// How a technology library moves from one node to another, as data (`configs/tech/scaling.yaml`).
///
/// The rule EIE used to project itself from 45 nm to 28 nm [spec §4]: clock x1.5, area x(28/45)^2,
/// power per PE unchanged at the scaled clock, so dynamic energy per event x1/1.5 and leakage power
/// x1. DRAM is off chip and has its own factor.
public struct ScalingRule: Sendable, Equatable, Codable {
    public var from: String
    public var to: String
    /// Multiplies `clock-ghz`.
    public var clock: TechValue
    /// Multiplies every area (`-um2` fields).
    public var area: TechValue
    /// Multiplies every dynamic energy per event (SRAM access, register, multiplier, adder, FIFO).
    public var dynamicEnergy: TechValue
    /// Multiplies leakage power (`sram.leakage-nw-per-bit`).
    public var leakagePower: TechValue
    /// Multiplies `dram.energy-pj-per-byte`.
    public var dramEnergy: TechValue

    public init(from: String, to: String, clock: TechValue, area: TechValue, dynamicEnergy: TechValue,
                leakagePower: TechValue, dramEnergy: TechValue) {
        self.from = from
        self.to = to
        self.clock = clock
        self.area = area
        self.dynamicEnergy = dynamicEnergy
        self.leakagePower = leakagePower
        self.dramEnergy = dramEnergy
    }

    /// `from -> to`, as listed in messages.
    public var name: String { "\(from) -> \(to)" }

    /// The factor a field of kind `scaling` is multiplied by.
    func factor(_ scaling: TechnologyLibrary.Scaling) -> Double {
        switch scaling {
        case .area: return area.value
        case .dynamicEnergy: return dynamicEnergy.value
        case .leakagePower: return leakagePower.value
        case .dramEnergy: return dramEnergy.value
        case .clock: return clock.value
        case .none: return 1
        }
    }

    /// Which factor (by its YAML key) a field of kind `scaling` uses, for sources.
    func factorKey(_ scaling: TechnologyLibrary.Scaling) -> String? {
        switch scaling {
        case .area: return "area"
        case .dynamicEnergy: return "dynamic-energy"
        case .leakagePower: return "leakage-power"
        case .dramEnergy: return "dram-energy"
        case .clock: return "clock"
        case .none: return nil
        }
    }

    /// The factors with their YAML keys, in file order.
    var factors: [(key: String, value: TechValue)] {
        [("clock", clock), ("area", area), ("dynamic-energy", dynamicEnergy), ("leakage-power", leakagePower), ("dram-energy", dramEnergy)]
    }
}

/// The node-scaling rules of `configs/tech/scaling.yaml`.
public struct NodeScaling: Sendable, Equatable, Codable {
    public var rules: [ScalingRule]
    /// Where the rules came from, for messages.
    public var location: String

    public init(rules: [ScalingRule], location: String) {
        self.rules = rules
        self.location = location
    }

    /// The rule from `from` to `to`; throws `TechnologyError.noScalingRule` naming the file and the
    /// rules it has.
    public func rule(from: String, to: String) throws -> ScalingRule {
        guard let rule = rules.first(where: { $0.from == from && $0.to == to }) else {
            throw TechnologyError.noScalingRule(location: location, from: from, to: to, known: rules.map(\.name))
        }
        return rule
    }

    /// Loads and validates `path`.
    public static func load(path: String) throws -> NodeScaling {
        try parse(yaml: TechnologyError.readText(path: path), file: path)
    }

    static let factorKeys = ["clock", "area", "dynamic-energy", "leakage-power", "dram-energy"]

    /// Parses and validates a scaling file's text: `rules:` a list of `{from, to, clock, area,
    /// dynamic-energy, leakage-power, dram-energy}`, each factor a `{value, source}` row > 0.
    public static func parse(yaml: String, file: String) throws -> NodeScaling {
        do {
            let root = try YAMLMapping(node: try YAMLMapping.parseDocument(yaml, file: file), path: "", file: file)
            try root.rejectUnknownKeys(["rules"])
            guard let items = try root.mappings("rules") else { throw TechnologyError.invalid(location: file, field: "rules", rule: "missing") }
            var rules: [ScalingRule] = []
            for item in items {
                try item.rejectUnknownKeys(["from", "to"] + factorKeys)
                func text(_ key: String) throws -> String {
                    guard let value = try item.string(key) else { throw TechnologyError.invalid(location: file, field: item.fieldPath(key), rule: "missing") }
                    return value
                }
                func factor(_ key: String) throws -> TechValue {
                    guard let row = try item.mapping(key) else { throw TechnologyError.invalid(location: file, field: item.fieldPath(key), rule: "missing") }
                    try row.rejectUnknownKeys(["value", "source"])
                    guard let value = try row.double("value") else { throw TechnologyError.invalid(location: file, field: row.fieldPath("value"), rule: "missing") }
                    guard value.isFinite, value > 0 else { throw TechnologyError.invalid(location: file, field: row.fieldPath("value"), rule: "must be > 0 (got \(TechnologyLibrary.format(value)))") }
                    guard let source = try row.string("source"), !source.trimmingCharacters(in: .whitespaces).isEmpty else {
                        throw TechnologyError.invalid(location: file, field: row.fieldPath("source"), rule: "missing")
                    }
                    return TechValue(value, source: source)
                }
                let rule = ScalingRule(from: try text("from"), to: try text("to"), clock: try factor("clock"), area: try factor("area"),
                                       dynamicEnergy: try factor("dynamic-energy"), leakagePower: try factor("leakage-power"),
                                       dramEnergy: try factor("dram-energy"))
                if rule.from == rule.to { throw TechnologyError.invalid(location: file, field: item.fieldPath("to"), rule: "must differ from 'from' (got '\(rule.to)')") }
                if rules.contains(where: { $0.from == rule.from && $0.to == rule.to }) {
                    throw TechnologyError.invalid(location: file, field: item.path, rule: "a second rule \(rule.name)")
                }
                rules.append(rule)
            }
            return NodeScaling(rules: rules, location: file)
        } catch let error as WorkloadError {
            throw TechnologyError.from(error)
        }
    }
}

extension TechnologyLibrary {
    /// This library moved to `rule.to`: every field times its factor, its source saying so.
    public func scaled(by rule: ScalingRule) throws -> TechnologyLibrary {
        guard rule.from == node else {
            throw TechnologyError.invalidInput(field: "scaling", rule: "rule \(rule.name) does not start at this library's node \(node)")
        }
        var result = self
        result.node = rule.to
        result.scaledFrom = node
        for field in Self.fields {
            let entry = self[keyPath: field.keyPath]
            guard let key = rule.factorKey(field.scaling) else { continue }
            let factor = rule.factor(field.scaling)
            let source = "\(node).yaml value \(Self.format(entry.value)) x \(key) factor \(Self.format(factor)) of scaling.yaml rule \(rule.name)"
            result[keyPath: field.keyPath] = TechValue(entry.value * factor, source: source)
        }
        return result
    }
}
