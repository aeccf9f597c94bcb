/// The cycles of one engine phase, split by what the issue stage did.
///
/// Cycle `0` of a phase is the cycle after the previous phase's last result was written
/// (phases do not overlap). `cycles = issueCycles + stallCycles + fillCycles`: the issue window
/// runs from cycle 0 to the last issue, and after it the pipeline still needs `depth - 1`
/// cycles to write the last result.
public struct CirCNNPhaseTiming: Sendable, Equatable, Codable {
    /// Cycles in which at least one unit issued.
    public var issueCycles = 0
    /// Cycles inside the issue window in which no unit issued (waiting for a previous FFT stage).
    public var stallCycles = 0
    /// Cycles after the last issue until its result is written (pipeline depth - 1).
    public var fillCycles = 0
    /// Units (butterfly units or CMAC lanes) of the phase.
    public var units = 0
    /// Issue slots used (butterflies or complex MACs issued).
    public var usedSlots = 0

    public init() {}

    public init(issueCycles: Int, stallCycles: Int, fillCycles: Int, units: Int, usedSlots: Int) {
        self.issueCycles = issueCycles
        self.stallCycles = stallCycles
        self.fillCycles = fillCycles
        self.units = units
        self.usedSlots = usedSlots
    }

    /// Length of the phase in cycles.
    public var cycles: Int { issueCycles + stallCycles + fillCycles }
    /// Slots of issue cycles left empty (fewer items than units in a cycle).
    public var idleSlots: Int { issueCycles * units - usedSlots }
    /// Used slots over all unit-cycles of the phase (0 for an empty phase).
    public var utilization: Double { cycles == 0 || units == 0 ? 0 : Double(usedSlots) / Double(cycles * units) }
}
