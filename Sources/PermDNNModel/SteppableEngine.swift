import FixedPoint
import PEModel

/// One engine run over one weight tile, as the RTL's `start` latches it: a row group's
/// block-rows (already loaded) over the column chunk `firstColumn ..< endColumn`.
public struct TileRun: Sendable, Equatable {
    /// Layer input columns `n`.
    public var columns: Int
    /// The chunk; `firstColumn` is a multiple of the NZD word width.
    public var firstColumn: Int
    public var endColumn: Int
    /// Keep the accumulators and `k` registers of the previous run (a later chunk of the same
    /// row group); otherwise they are cleared.
    public var continuesRowGroup: Bool
    /// Drain after the chunk (the row group's last chunk).
    public var drains: Bool
    /// Block size `p`.
    public var blockSize: Int
    public var fractionBits: Int
    public var relu: Bool
    /// `k` from the formula unit (row offsets loaded) instead of the permutation SRAM.
    public var formula: Bool
    /// The layer's weight coding: its format must be the engine's; `fixed8`'s shift and
    /// `codebook4`'s codebook are configuration the run latches (`cfg_wshift`, `cfg_codebook`).
    public var weightEncoding: WeightEncoding

    public init(columns: Int, firstColumn: Int, endColumn: Int, continuesRowGroup: Bool, drains: Bool,
                blockSize: Int, fractionBits: Int, relu: Bool, formula: Bool, weightEncoding: WeightEncoding = .fixed16) {
        self.columns = columns
        self.firstColumn = firstColumn
        self.endColumn = endColumn
        self.continuesRowGroup = continuesRowGroup
        self.drains = drains
        self.blockSize = blockSize
        self.fractionBits = fractionBits
        self.relu = relu
        self.formula = formula
        self.weightEncoding = weightEncoding
    }
}

/// What the NZD does in a cycle, as both models show it.
public enum NZDView: Sendable, Equatable, CustomStringConvertible {
    case idle
    case readWord(Int)
    case broadcast(column: Int)
    case stall

    public var description: String {
        switch self {
        case .idle: return "idle"
        case let .readWord(word): return "read w\(word)"
        case let .broadcast(column): return "bcast j\(column)"
        case .stall: return "stall"
        }
    }
}

/// The engine-level visible state of one cycle.
public struct EngineVisibleState: Sendable, Equatable {
    /// Cycle number within the run (when `done`, the run's cycle count).
    public var cycle: Int
    /// The NZD's action (meaningful only in the compute phase).
    public var nzd: NZDView
    public var draining: Bool
    /// The run ends in this cycle.
    public var done: Bool

    public init(cycle: Int, nzd: NZDView, draining: Bool, done: Bool) {
        self.cycle = cycle
        self.nzd = nzd
        self.draining = draining
        self.done = done
    }

    /// Compares the signals as the contract defines them: `cycle` and `done` always,
    /// `draining` until done, the NZD action only in the compute phase.
    public func compare(with other: EngineVisibleState) -> SignalComparison {
        var result = SignalComparison()
        result.check("cycle", cycle, other.cycle)
        result.check("done", done, other.done)
        guard !done && !other.done else { return result }
        result.check("draining", draining, other.draining)
        if !draining && !other.draining { result.check("nzd", nzd, other.nzd) }
        return result
    }
}

/// A PermDNN engine that can be driven one clock edge at a time and observed between edges:
/// the Swift cycle model (`SteppedSwiftEngine`) and the RTL through its C bridge
/// (`RTLCosim.RTLEngine`) both conform, so the same layer runs, tests and the lock-step
/// co-simulation (`LockStep`) work on either.
///
/// The call sequence mirrors the RTL's ports: load the images (`loadActivations`,
/// `loadProcessingElement` for each PE of a new row group), `start` a tile run, then read the
/// visible state of the current cycle and `step` until `engineState().done`; after a draining
/// run, `readRow` gives each local row's accumulator and output.
public protocol SteppableEngine: AnyObject {
    /// PEs available (a layer may use fewer; the rest get `B_e = 0`).
    var processingElements: Int { get }
    /// Multiplier lanes `N_MUL`, queue depth `Q`, NZD word width `S`, accumulator bits `A`, the
    /// weight format the weight SRAM stores.
    var lanes: Int { get }
    var weightFormat: WeightFormat { get }
    var queueDepth: Int { get }
    var wordWidth: Int { get }
    var accumulatorBits: Int { get }

    func loadActivations(_ activations: [Int16]) throws
    /// PE `pe`'s block-row count `B_e` and its SRAM images (word-major, `N_MUL` values per
    /// word): weights `n * ceil(B_e/N_MUL)` words of codes of the engine's weight format;
    /// permutation words (`k` values, or the formula row offsets `(r * Nb) mod p`).
    func loadProcessingElement(_ pe: Int, blockRows: Int, weights: [Int16], permutation: [Int16]) throws
    func start(_ run: TileRun) throws
    /// Applies `cycles` clock edges.
    func step(_ cycles: Int) throws
    /// Steps until `done` (at most `maxCycles` edges) and returns the run's cycle count.
    func runToDone(maxCycles: Int) throws -> Int
    func engineState() throws -> EngineVisibleState
    /// The visible state of PEs `0 ..< count`.
    func processingElementStates(count: Int) throws -> [PEVisibleState]
    /// Accumulator and drained output of PE `pe`'s local row `b * p + i`.
    func readRow(pe: Int, localRow: Int) throws -> (accumulator: Int64, output: Int16)
}
