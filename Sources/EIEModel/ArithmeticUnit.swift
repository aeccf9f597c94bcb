import FixedPoint

/// The PE's arithmetic unit [paper: EIE]: one entry per cycle through three stages, with the
/// stage split of the public EIE cycle model.
///
/// - S1 (input: the sparse-matrix unit's issue register): address accumulate, the local row
///   is `row = counter + z`, then `counter = row + 1` (reset to 0 after a column's last entry);
///   codebook decode of `v`.
/// - S2: 16 x 16 multiply `w x_j`; read the destination accumulator (start-of-cycle value).
/// - S3: saturating add, written to the destination at commit. If the previous cycle's S3
///   wrote the same row, S2's read was stale: S3 adds to the forwarded value instead (the
///   bypass for back-to-back writes), so repeated rows never stall.
/// Padding entries (`v = 0`) advance the address accumulator and flow through S2/S3 without a
/// multiply, a read or a write. With the issue in cycle `t`, the write lands at the end of
/// cycle `t + 3`.
public struct ArithmeticUnit: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Entries through S1 (padding included).
        public var entries = 0
        /// Codebook decodes of weight entries.
        public var decodes = 0
        public var multiplies = 0
        /// Saturating adds (one per weight entry).
        public var adds = 0
        /// Adds that used the forwarded value instead of the register-file read.
        public var bypasses = 0
        /// Adds that clipped at the accumulator range.
        public var saturations = 0
        public init() {}
    }

    /// S1 -> S2 register.
    public struct Decoded: Sendable, Equatable {
        public var valid = false
        public var write = false
        public var row = 0
        public var weight: Int16 = 0
        public var activation: Int16 = 0
    }

    /// S2 -> S3 register.
    public struct Product: Sendable, Equatable {
        public var valid = false
        public var write = false
        public var row = 0
        public var product: Int32 = 0
        public var read: Int64 = 0
    }

    /// The write S3 made in the previous cycle (the bypass source).
    public struct LastWrite: Sendable, Equatable {
        public var valid = false
        public var row = 0
        public var value: Int64 = 0
    }

    public let format: FixedPointFormat
    private let codebook: [Int16]
    /// Registers (start-of-cycle values) and their next values.
    public private(set) var input = SparseMatrixReadUnit.Issue()
    public private(set) var rowCounter = 0
    public private(set) var decoded = Decoded()
    public private(set) var product = Product()
    public private(set) var lastWrite = LastWrite()
    private var nextInput = SparseMatrixReadUnit.Issue()
    private var nextRowCounter = 0
    private var nextDecoded = Decoded()
    private var nextProduct = Product()
    private var nextLastWrite = LastWrite()
    public private(set) var stats = Stats()

    init(format: FixedPointFormat, codebook: [Int16]) {
        self.format = format
        self.codebook = codebook
    }

    /// Nothing in any stage.
    var isEmpty: Bool { !input.valid && !decoded.valid && !product.valid }

    /// Evaluate S3, S2, S1 (back to front) from start-of-cycle registers.
    mutating func evaluate(destination: inout ActivationReadWriteUnit) {
        // S3: add (with forwarding) and write back.
        nextLastWrite.valid = false
        if product.valid && product.write {
            var operand = product.read
            if lastWrite.valid && lastWrite.row == product.row {
                operand = lastWrite.value
                stats.bypasses += 1
            }
            let result = format.accumulate(operand, product.product, saturations: &stats.saturations)
            destination.scheduleWrite(row: product.row, value: result)
            stats.adds += 1
            nextLastWrite = LastWrite(valid: true, row: product.row, value: result)
        }
        // S2: multiply and read the destination.
        nextProduct.valid = decoded.valid
        nextProduct.write = decoded.write
        nextProduct.row = decoded.row
        if decoded.valid && decoded.write {
            nextProduct.product = FixedPointFormat.multiply(decoded.weight, decoded.activation)
            nextProduct.read = destination.readAccumulator(row: decoded.row)
            stats.multiplies += 1
        }
        // S1: address accumulate and codebook decode.
        nextDecoded.valid = input.valid
        nextRowCounter = rowCounter
        if input.valid {
            let row = rowCounter + Int(input.zeros)
            nextRowCounter = input.last ? 0 : row + 1
            nextDecoded.write = input.code != 0
            nextDecoded.row = row
            nextDecoded.weight = codebook[Int(input.code)]
            nextDecoded.activation = input.activation
            stats.entries += 1
            if input.code != 0 { stats.decodes += 1 }
        }
    }

    /// The sparse-matrix unit's issue of this cycle lands in the S1 register at commit.
    mutating func load(_ issue: SparseMatrixReadUnit.Issue) { nextInput = issue }

    mutating func commit() {
        input = nextInput
        rowCounter = nextRowCounter
        decoded = nextDecoded
        product = nextProduct
        lastWrite = nextLastWrite
    }
}
