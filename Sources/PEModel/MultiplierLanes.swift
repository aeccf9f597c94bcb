import FixedPoint
/// The PE's `N_MUL` 16x16 -> 32-bit multipliers (MUL stage).
public struct MultiplierLanes: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Lane-cycles that multiplied a weight of a real local block-row (`b < B_e`).
        public var usefulMultiplies = 0
        /// Lane-cycles of issued slots whose lane had no block-row (`b >= B_e`).
        public var idleLaneSlots = 0
        public init() {}
    }

    public let lanes: Int
    public private(set) var stats = Stats()

    public init(lanes: Int) { self.lanes = lanes }

    /// Multiplies the active lanes of `operand` into `result`.

    public mutating func multiply(_ operand: OperandRegister, into result: inout ProductRegister) {
        let active = operand.activeLanes
        let activation = operand.activation
        operand.weights.withUnsafeBufferPointer { weights in
            result.products.withUnsafeMutableBufferPointer { products in
                for lane in 0..<active { products[lane] = FixedPointFormat.multiply(weights[lane], activation) }
            }
        }
        operand.rows.withUnsafeBufferPointer { rowsIn in
            result.rows.withUnsafeMutableBufferPointer { rowsOut in
                for lane in 0..<active { rowsOut[lane] = rowsIn[lane] }
            }
        }
        stats.usefulMultiplies += active
        stats.idleLaneSlots += lanes - active
    }
}
