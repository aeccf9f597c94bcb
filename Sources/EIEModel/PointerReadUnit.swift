/// The PE's pointer-read unit [paper: EIE]: for the popped activation `(x_j, j)` it reads the
/// column pointers `p_j` and `p_{j+1}` in one cycle from two single-ported banks (even and odd
/// pointers, so the pair always spans both banks).
///
/// Its register `request` is loaded from the activation queue's head (the pop). The read
/// happens in the cycle the sparse-matrix unit can take the column (its column register is
/// empty, or it issues that column's last entry, or spends its bubble on an empty column,
/// in that same cycle). The pop comes only when that will be the next cycle: EIE's unit keeps
/// the column it works on and takes the next one only when its last address has been issued,
/// so the request never waits behind a column still being walked and the waiting columns stay
/// in the queue (`EIEProcessingElement.evaluateCompute`). One read per non-zero activation.
public struct PointerReadUnit: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Pointer pairs read (each one access to the even and one to the odd bank).
        public var reads = 0
        public init() {}
    }

    /// The popped activation waiting for its pointer read.
    public struct Request: Sendable, Equatable {
        public var valid = false
        public var activation: Int16 = 0
        public var column: Int32 = 0
    }

    /// Register (start-of-cycle value) and its next value.
    public private(set) var request = Request()
    private var nextRequest = Request()
    public private(set) var stats = Stats()

    public init() {}

    /// Evaluate: the request is consumed this cycle (`forwarding`) or held.
    mutating func evaluate(forwarding: Bool) {
        nextRequest = request
        if forwarding { nextRequest.valid = false }
    }

    /// The pointer read of the current request: column `j`'s SRAM address range.
    mutating func read(slice: EIEPESlice, encoding: EIEEncoding) -> Range<Int> {
        stats.reads += 1
        return slice.columnRange(Int(request.column), encoding: encoding)
    }

    /// The pop: the queue head lands in the request register at commit.
    mutating func load(activation: Int16, column: Int32) {
        nextRequest = Request(valid: true, activation: activation, column: column)
    }

    mutating func commit() { request = nextRequest }
}
