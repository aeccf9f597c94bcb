/// IDX -> WRD pipeline register: one issue slot of one input column.
///
/// Lane `l` of slot `s` serves local block-row `b = s * N_MUL + l`; lanes `>= activeLanes` idle.
public struct IssueRegister: Sendable {
    public var valid = false
    public var activation: Int16 = 0
    public var column: Int32 = 0
    public var slot: Int32 = 0
    public var activeLanes = 0
    /// Local accumulator row `b * p + (t - k) mod p` of each lane.
    public var rows: [Int32]

    public init(lanes: Int) { rows = Array(repeating: 0, count: lanes) }
}

/// WRD -> MUL pipeline register: the weight word read for the slot, plus what MUL and ACC need.
public struct OperandRegister: Sendable {
    public var valid = false
    public var activation: Int16 = 0
    public var column: Int32 = 0
    public var slot: Int32 = 0
    public var activeLanes = 0
    public var rows: [Int32]
    public var weights: [Int16]

    public init(lanes: Int) {
        rows = Array(repeating: 0, count: lanes)
        weights = Array(repeating: 0, count: lanes)
    }
}

/// MUL -> ACC pipeline register: one 32-bit product per lane.
public struct ProductRegister: Sendable {
    public var valid = false
    public var column: Int32 = 0
    public var slot: Int32 = 0
    public var activeLanes = 0
    public var rows: [Int32]
    public var products: [Int32]

    public init(lanes: Int) {
        rows = Array(repeating: 0, count: lanes)
        products = Array(repeating: 0, count: lanes)
    }
}
