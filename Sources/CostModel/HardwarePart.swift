import Foundation

/// One kind of hardware in a component, sized for **one instance** of the component, with the
/// activity of **all instances** over the run (the engines count events summed over PEs).
///
/// Clock-driven costs use the component's `clockedCycles` (instance-cycles); leakage runs for the
/// whole latency in every instance.
public enum HardwarePart: Sendable, Equatable {
    /// `banks` SRAM banks of `bitsPerBank` bits, `widthBits` per access; each access reaches one bank.
    case sram(bitsPerBank: Int, widthBits: Int, banks: Int, reads: Int, writes: Int)
    /// Free-running flip-flops (pipeline and control registers), clocked every clocked cycle.
    case registers(bits: Int)
    /// Clock-gated storage: `banks` register files of `entries` words of `bitsPerEntry` bits, each
    /// with an `entries:1` read multiplexer; `reads` and `writes` are word accesses.
    case registerFile(banks: Int, entries: Int, bitsPerEntry: Int, reads: Int, writes: Int)
    /// `count` 16 x 16-bit multipliers doing `operations` multiplies in all.
    case multipliers(count: Int, operations: Int)
    /// `count` adders of `bits` bits doing `operations` additions in all.
    case adders(count: Int, bits: Int, operations: Int)
    /// `inputs:1` multiplexers of `bits` bits (area only; their switching is in the registers they feed).
    case multiplexers(inputs: Int, bits: Int)
    /// A FIFO of `entries` words of `bitsPerEntry` bits (clock-gated storage), `pushes` words in all.
    case fifo(entries: Int, bitsPerEntry: Int, pushes: Int)
    /// Off-chip DRAM traffic (no area, no leakage on chip).
    case dram(bytes: Int)
    /// Synthesized logic of `gates` NAND2-equivalent gates (`rtl-reference/synth/area.sh`): area
    /// `gates` x `logic.nand2-area-um2`, without the control overhead (synthesis counts the control
    /// logic); no energy: the component prices its activity with `.energyOnly` parts.
    case logic(gates: Double)
    /// `part`'s energy and leakage without its area: the area is in a `.logic` part of the same
    /// component (the synthesized block that contains this hardware).
    indirect case energyOnly(HardwarePart)

    /// What the part costs on `library`: area of one instance, dynamic energy of the run, leakage
    /// power of one instance. `clockedCycles` are the component's instance-cycles.
    func cost(_ library: TechnologyLibrary, clockedCycles: Int) -> PartCost {
        let control = 1 + library.overhead.controlAreaFraction.value
        let reg = library.register
        switch self {
        case let .sram(bitsPerBank, widthBits, banks, reads, writes):
            let sram = library.sram
            let bits = Double(bitsPerBank)
            let area = Double(banks) * (sram.bitAreaUM2.value * bits + sram.edgeAreaUM2.value * bits.squareRoot())
            let access = Self.sramAccessEnergyPJ(library, widthBits: widthBits, bitsPerBank: bitsPerBank)
            let energy = access * (Double(reads) + Double(writes) * sram.writeEnergyRatio.value)
            let leakage = sram.leakageNWPerBit.value * bits * Double(banks) * 1e-6
            return PartCost(areaUM2: area, dynamicEnergyPJ: energy, leakagePowerMW: leakage)
        case let .registers(bits):
            let area = Double(bits) * reg.areaUM2.value * control
            let energy = Double(bits) * Double(clockedCycles) * reg.clockEnergyFJ.value * 1e-3
            return PartCost(areaUM2: area, dynamicEnergyPJ: energy, leakagePowerMW: 0)
        case let .registerFile(banks, entries, bitsPerEntry, reads, writes):
            let stored = Double(banks * entries * bitsPerEntry)
            let muxPerBit = entries > 0 ? Double(entries - 1) / Double(entries) : 0
            let area = stored * (reg.areaUM2.value + reg.muxAreaUM2.value * muxPerBit) * control
            let accesses = (Double(reads) + Double(writes)) * Double(bitsPerEntry) * reg.accessEnergyFJ.value
            let idle = stored * Double(clockedCycles) * reg.gatedEnergyFJ.value
            return PartCost(areaUM2: area, dynamicEnergyPJ: (accesses + idle) * 1e-3, leakagePowerMW: 0)
        case let .multipliers(count, operations):
            let area = Double(count) * library.multiplier.areaUM2.value * control
            return PartCost(areaUM2: area, dynamicEnergyPJ: Double(operations) * library.multiplier.energyPJ.value,
                            leakagePowerMW: 0)
        case let .adders(count, bits, operations):
            let scale = Double(bits) / library.adder.referenceBits.value
            let area = Double(count) * scale * library.adder.areaUM2.value * control
            return PartCost(areaUM2: area, dynamicEnergyPJ: Double(operations) * scale * library.adder.energyPJ.value,
                            leakagePowerMW: 0)
        case let .multiplexers(inputs, bits):
            let area = Double(max(0, inputs - 1) * bits) * reg.muxAreaUM2.value * control
            return PartCost(areaUM2: area, dynamicEnergyPJ: 0, leakagePowerMW: 0)
        case let .fifo(entries, bitsPerEntry, pushes):
            let stored = Double(entries * bitsPerEntry)
            let area = stored * library.fifo.areaUM2PerBit.value
            let energy = Double(pushes) * Double(bitsPerEntry) * library.fifo.energyFJPerBit.value
                + stored * Double(clockedCycles) * reg.gatedEnergyFJ.value
            return PartCost(areaUM2: area, dynamicEnergyPJ: energy * 1e-3, leakagePowerMW: 0)
        case let .dram(bytes):
            return PartCost(areaUM2: 0, dynamicEnergyPJ: Double(bytes) * library.dram.energyPJPerByte.value,
                            leakagePowerMW: 0)
        case let .logic(gates):
            return PartCost(areaUM2: gates * library.logic.nand2AreaUM2.value, dynamicEnergyPJ: 0, leakagePowerMW: 0)
        case let .energyOnly(part):
            var cost = part.cost(library, clockedCycles: clockedCycles)
            cost.areaUM2 = 0
            return cost
        }
    }

    /// Energy of one `widthBits`-bit access to an SRAM bank of `bitsPerBank` bits.
    static func sramAccessEnergyPJ(_ library: TechnologyLibrary, widthBits: Int, bitsPerBank: Int) -> Double {
        let sram = library.sram
        return sram.readEnergyPJ.value
            * pow(Double(widthBits) / sram.referenceWidthBits.value, sram.widthExponent.value)
            * pow(Double(bitsPerBank) / sram.referenceCapacityBits.value, sram.capacityExponent.value)
    }

    /// Whether the part is off chip (counts in energy, not in chip power or area).
    var isOffChip: Bool {
        switch self {
        case .dram: return true
        case let .energyOnly(part): return part.isOffChip
        default: return false
        }
    }

    /// Checks sizes (> 0 for memories, >= 0 otherwise) and counts (>= 0); `component` names the
    /// owner in the error: `weight-sram.sram: sizes must be > 0 (got 0 bits per bank, width 128, 1 banks)`.
    func validate(component: String) throws {
        func check(_ ok: Bool, _ part: String, _ rule: String) throws {
            if !ok { throw TechnologyError.invalidInput(field: "\(component).\(part)", rule: rule) }
        }
        switch self {
        case let .sram(bitsPerBank, widthBits, banks, reads, writes):
            try check(bitsPerBank > 0 && widthBits > 0 && banks > 0, "sram",
                      "sizes must be > 0 (got \(bitsPerBank) bits per bank, width \(widthBits), \(banks) banks)")
            try check(reads >= 0 && writes >= 0, "sram", "accesses must be >= 0 (got \(reads) reads, \(writes) writes)")
        case let .registers(bits):
            try check(bits >= 0, "registers", "bits must be >= 0 (got \(bits))")
        case let .registerFile(banks, entries, bitsPerEntry, reads, writes):
            try check(banks > 0 && entries > 0 && bitsPerEntry > 0, "register-file",
                      "sizes must be > 0 (got \(banks) banks of \(entries) x \(bitsPerEntry) bits)")
            try check(reads >= 0 && writes >= 0, "register-file", "accesses must be >= 0 (got \(reads) reads, \(writes) writes)")
        case let .multipliers(count, operations):
            try check(count >= 0 && operations >= 0, "multipliers", "count and operations must be >= 0 (got \(count), \(operations))")
        case let .adders(count, bits, operations):
            try check(count >= 0 && bits >= 0 && operations >= 0, "adders", "count, bits and operations must be >= 0 (got \(count), \(bits), \(operations))")
        case let .multiplexers(inputs, bits):
            try check(inputs >= 0 && bits >= 0, "multiplexers", "inputs and bits must be >= 0 (got \(inputs), \(bits))")
        case let .fifo(entries, bitsPerEntry, pushes):
            try check(entries > 0 && bitsPerEntry > 0, "fifo", "sizes must be > 0 (got \(entries) x \(bitsPerEntry) bits)")
            try check(pushes >= 0, "fifo", "pushes must be >= 0 (got \(pushes))")
        case let .dram(bytes):
            try check(bytes >= 0, "dram", "bytes must be >= 0 (got \(bytes))")
        case let .logic(gates):
            try check(gates.isFinite && gates >= 0, "logic", "gates must be >= 0 (got \(gates))")
        case let .energyOnly(part):
            try part.validate(component: component)
        }
    }
}

/// The cost of one part: area of one instance, energy over the run, leakage of one instance.
struct PartCost {
    /// Standard-cell parts include the control overhead.
    var areaUM2: Double
    var dynamicEnergyPJ: Double
    var leakagePowerMW: Double
}
