import Foundation

/// One number of a technology library with where it comes from. The unit is part of the key's
/// name (`-um2`, `-pj`, `-fj`, `-nw-per-bit`, ...), so a row is `{value, source}`.
public struct TechValue: Sendable, Equatable, Codable {
    public var value: Double
    /// The publication, derivation or assumption behind `value`; never empty in a loaded file.
    public var source: String

    public init(_ value: Double, source: String) {
        self.value = value
        self.source = source
    }
}

/// One numeric field of a library as a row.
public struct TechnologyEntry: Sendable, Equatable, Codable {
    /// `group.key` as in the file, e.g. `sram.read-energy-pj`.
    public var field: String
    public var value: Double
    public var source: String
}

/// The component library of one technology node: what each hardware part costs in area,
/// energy per event and leakage. Loaded from `configs/tech/<node>.yaml`; every number names its
/// source (`docs/cost-model.md` explains the derivations). Costs are applied after simulation by
/// `CostModel`; the simulators only count events.
public struct TechnologyLibrary: Sendable, Equatable, Codable {
    /// Node name, also the file name: `45nm`, `28nm`.
    public var node: String
    /// The node this library was derived from by a rule of `scaling.yaml` (`nil`: calibrated here).
    public var scaledFrom: String?
    /// `clock-ghz`: the clock the library's designs run at on this node (EIE: 0.8 at 45 nm, 1.2 at
    /// 28 nm). Costs never depend on it; it documents the operating point the energies assume.
    public var clockGHz = TechValue(0, source: "")
    public var sram = SRAMParameters()
    public var register = RegisterParameters()
    public var logic = LogicParameters()
    public var multiplier = MultiplierParameters()
    public var adder = AdderParameters()
    public var fifo = FIFOParameters()
    public var overhead = OverheadParameters()
    public var dram = DRAMParameters()

    /// A library with every number 0 and no sources, to be filled in field by field; `validate()`
    /// rejects it until then. Files are read with `load(path:)`.
    public init(node: String, scaledFrom: String? = nil) {
        self.node = node
        self.scaledFrom = scaledFrom
    }

    /// SRAM macros: area per bank, energy per access as a function of width and bank capacity,
    /// leakage per bit.
    ///
    /// - area of a bank of `b` bits: `bit-area-um2 * b + edge-area-um2 * sqrt(b)`;
    /// - read energy of a `w`-bit access to a bank of `b` bits:
    ///   `read-energy-pj * (w / reference-width-bits)^width-exponent * (b / reference-capacity-bits)^capacity-exponent`;
    /// - write energy: the read energy times `write-energy-ratio`;
    /// - leakage: `leakage-nw-per-bit` for every stored bit, whatever the activity.
    public struct SRAMParameters: Sendable, Equatable, Codable {
        public var bitAreaUM2 = TechValue(0, source: "")
        public var edgeAreaUM2 = TechValue(0, source: "")
        public var readEnergyPJ = TechValue(0, source: "")
        public var referenceWidthBits = TechValue(0, source: "")
        public var referenceCapacityBits = TechValue(0, source: "")
        public var widthExponent = TechValue(0, source: "")
        public var capacityExponent = TechValue(0, source: "")
        public var writeEnergyRatio = TechValue(0, source: "")
        public var leakageNWPerBit = TechValue(0, source: "")
        public init() {}
    }

    /// Flip-flops: area per bit and a 2:1 multiplexer per bit (register-file read ports), energy
    /// per clocked bit-cycle for free-running registers, per bit-cycle for clock-gated storage, and
    /// per bit read or written in a register file.
    public struct RegisterParameters: Sendable, Equatable, Codable {
        public var areaUM2 = TechValue(0, source: "")
        public var muxAreaUM2 = TechValue(0, source: "")
        public var clockEnergyFJ = TechValue(0, source: "")
        public var gatedEnergyFJ = TechValue(0, source: "")
        public var accessEnergyFJ = TechValue(0, source: "")
        public init() {}
    }

    /// Synthesized standard-cell logic: the area of one NAND2-equivalent gate, the unit of the
    /// gate counts `rtl-reference/synth/area.sh` records (`configs/tech/permdnn-logic-gates.yaml`).
    /// Area only: the energy of that logic is priced by events (`HardwarePart.energyOnly`).
    public struct LogicParameters: Sendable, Equatable, Codable {
        public var nand2AreaUM2 = TechValue(0, source: "")
        public init() {}
    }

    /// A 16 x 16-bit fixed-point multiplier: area and energy per multiply.
    public struct MultiplierParameters: Sendable, Equatable, Codable {
        public var areaUM2 = TechValue(0, source: "")
        public var energyPJ = TechValue(0, source: "")
        public init() {}
    }

    /// An adder of `reference-bits` bits; other widths scale linearly.
    public struct AdderParameters: Sendable, Equatable, Codable {
        public var areaUM2 = TechValue(0, source: "")
        public var energyPJ = TechValue(0, source: "")
        public var referenceBits = TechValue(0, source: "")
        public init() {}
    }

    /// A FIFO storage bit (with its share of the read multiplexer and pointers' logic), and the
    /// energy of a bit pushed (written, later popped).
    public struct FIFOParameters: Sendable, Equatable, Codable {
        public var areaUM2PerBit = TechValue(0, source: "")
        public var energyFJPerBit = TechValue(0, source: "")
        public init() {}
    }

    /// Area not in any listed part: control logic as a fraction of the listed logic, placement
    /// filler as a fraction of everything else.
    public struct OverheadParameters: Sendable, Equatable, Codable {
        public var controlAreaFraction = TechValue(0, source: "")
        public var fillerAreaFraction = TechValue(0, source: "")
        public init() {}
    }

    /// Off-chip DRAM: energy per byte transferred.
    public struct DRAMParameters: Sendable, Equatable, Codable {
        public var energyPJPerByte = TechValue(0, source: "")
        public init() {}
    }
}

extension TechnologyLibrary {
    /// What a field must satisfy.
    enum Rule: Sendable {
        case positive
        case nonNegative
        case range(Double, Double)
        /// `[0, 1)`: a fraction of something else.
        case fraction

        /// `nil` when `value` obeys the rule, else the rule's text with the value.
        func violation(_ value: Double) -> String? {
            let got = "(got \(TechnologyLibrary.format(value)))"
            switch self {
            case .positive: return value.isFinite && value > 0 ? nil : "must be > 0 \(got)"
            case .nonNegative: return value.isFinite && value >= 0 ? nil : "must be >= 0 \(got)"
            case let .range(low, high):
                return value.isFinite && value >= low && value <= high
                    ? nil : "must be in [\(TechnologyLibrary.format(low)), \(TechnologyLibrary.format(high))] \(got)"
            case .fraction: return value.isFinite && value >= 0 && value < 1 ? nil : "must be in [0, 1) \(got)"
            }
        }
    }

    /// Which factor of a scaling rule a field is multiplied by.
    enum Scaling: Sendable {
        case area, dynamicEnergy, leakagePower, dramEnergy, clock
        /// Dimensionless or a reference size: unchanged across nodes.
        case none
    }

    /// One numeric field: its YAML group and key, where it lives, its rule and how it scales.
    struct Field {
        var group: String?
        var key: String
        var keyPath: WritableKeyPath<TechnologyLibrary, TechValue>
        var rule: Rule
        var scaling: Scaling

        /// `group.key` as written in messages.
        var path: String { group.map { "\($0).\(key)" } ?? key }
    }

    /// Every numeric field, in file order: the one table that parsing, validation, scaling and
    /// writing share.
    static var fields: [Field] {
        [
            Field(group: nil, key: "clock-ghz", keyPath: \.clockGHz, rule: .positive, scaling: .clock),
            Field(group: "sram", key: "bit-area-um2", keyPath: \.sram.bitAreaUM2, rule: .positive, scaling: .area),
            Field(group: "sram", key: "edge-area-um2", keyPath: \.sram.edgeAreaUM2, rule: .nonNegative, scaling: .area),
            Field(group: "sram", key: "read-energy-pj", keyPath: \.sram.readEnergyPJ, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "sram", key: "reference-width-bits", keyPath: \.sram.referenceWidthBits, rule: .positive, scaling: .none),
            Field(group: "sram", key: "reference-capacity-bits", keyPath: \.sram.referenceCapacityBits, rule: .positive, scaling: .none),
            Field(group: "sram", key: "width-exponent", keyPath: \.sram.widthExponent, rule: .range(0, 2), scaling: .none),
            Field(group: "sram", key: "capacity-exponent", keyPath: \.sram.capacityExponent, rule: .range(0, 2), scaling: .none),
            Field(group: "sram", key: "write-energy-ratio", keyPath: \.sram.writeEnergyRatio, rule: .nonNegative, scaling: .none),
            Field(group: "sram", key: "leakage-nw-per-bit", keyPath: \.sram.leakageNWPerBit, rule: .nonNegative, scaling: .leakagePower),
            Field(group: "register", key: "area-um2", keyPath: \.register.areaUM2, rule: .positive, scaling: .area),
            Field(group: "register", key: "mux-area-um2", keyPath: \.register.muxAreaUM2, rule: .nonNegative, scaling: .area),
            Field(group: "register", key: "clock-energy-fj", keyPath: \.register.clockEnergyFJ, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "register", key: "gated-energy-fj", keyPath: \.register.gatedEnergyFJ, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "register", key: "access-energy-fj", keyPath: \.register.accessEnergyFJ, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "logic", key: "nand2-area-um2", keyPath: \.logic.nand2AreaUM2, rule: .positive, scaling: .area),
            Field(group: "multiplier", key: "area-um2", keyPath: \.multiplier.areaUM2, rule: .positive, scaling: .area),
            Field(group: "multiplier", key: "energy-pj", keyPath: \.multiplier.energyPJ, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "adder", key: "area-um2", keyPath: \.adder.areaUM2, rule: .positive, scaling: .area),
            Field(group: "adder", key: "energy-pj", keyPath: \.adder.energyPJ, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "adder", key: "reference-bits", keyPath: \.adder.referenceBits, rule: .positive, scaling: .none),
            Field(group: "fifo", key: "area-um2-per-bit", keyPath: \.fifo.areaUM2PerBit, rule: .positive, scaling: .area),
            Field(group: "fifo", key: "energy-fj-per-bit", keyPath: \.fifo.energyFJPerBit, rule: .nonNegative, scaling: .dynamicEnergy),
            Field(group: "overhead", key: "control-area-fraction", keyPath: \.overhead.controlAreaFraction, rule: .fraction, scaling: .none),
            Field(group: "overhead", key: "filler-area-fraction", keyPath: \.overhead.fillerAreaFraction, rule: .fraction, scaling: .none),
            Field(group: "dram", key: "energy-pj-per-byte", keyPath: \.dram.energyPJPerByte, rule: .nonNegative, scaling: .dramEnergy),
        ]
    }

    /// The groups in file order.
    static let groups = ["sram", "register", "logic", "multiplier", "adder", "fifo", "overhead", "dram"]

    /// Checks every field against its rule and that every source is given; the error names the
    /// file (`location`), the field and the rule: `configs/tech/28nm.yaml: sram.read-energy-pj: must be >= 0 (got -1)`.
    public func validate(location: String = "technology library") throws {
        func fail(_ field: String, _ rule: String) -> TechnologyError {
            .invalid(location: location, field: field, rule: rule)
        }
        if node.trimmingCharacters(in: .whitespaces).isEmpty { throw fail("node", "must be a node name such as 45nm") }
        if let scaledFrom, scaledFrom == node { throw fail("scaled-from", "must name another node (got '\(scaledFrom)')") }
        for field in Self.fields {
            let entry = self[keyPath: field.keyPath]
            if let violation = field.rule.violation(entry.value) { throw fail(field.path, violation) }
            if entry.source.trimmingCharacters(in: .whitespaces).isEmpty { throw fail("\(field.path).source", "must say where the number comes from") }
        }
    }

    /// Every numeric field as a row (`sram.bit-area-um2`, value, source), in file order: for
    /// reports and comparisons.
    public var entries: [TechnologyEntry] {
        Self.fields.map { field in
            let entry = self[keyPath: field.keyPath]
            return TechnologyEntry(field: field.path, value: entry.value, source: entry.source)
        }
    }

    /// `value` as written in messages and files: integers without a fraction, others with up to
    /// 7 significant digits.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.7g", value)
    }
}
