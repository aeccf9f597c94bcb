import PEModel
import Testing

/// The multiplier lanes alone: exact 16x16 -> 32-bit products on the active lanes, the rows passed
/// through, and the useful / idle lane counts.
@Suite struct MultiplierLanesTests {
    @Test func activeLanesMultiplyIdleLanesAreCountedNotWritten() {
        var lanes = MultiplierLanes(lanes: 4)
        var operand = OperandRegister(lanes: 4)
        operand.valid = true
        operand.activation = -3
        operand.activeLanes = 3
        operand.weights = [2, -5, .max, 99]
        operand.rows = [1, 6, 11, 16]
        var product = ProductRegister(lanes: 4)
        product.products = [7, 7, 7, 7]
        product.rows = [-1, -1, -1, -1]
        lanes.multiply(operand, into: &product)
        #expect(product.products == [-6, 15, -98_301, 7])   // lane 3 idle: untouched
        #expect(product.rows == [1, 6, 11, -1])
        #expect(lanes.stats.usefulMultiplies == 3 && lanes.stats.idleLaneSlots == 1)

        // The extreme operands stay exact in 32 bits.
        operand.activation = .min
        operand.weights = [.min, .max, 1, 0]
        operand.activeLanes = 4
        lanes.multiply(operand, into: &product)
        #expect(product.products == [1_073_741_824, -1_073_709_056, -32_768, 0])
        #expect(lanes.stats.usefulMultiplies == 7 && lanes.stats.idleLaneSlots == 1)
    }
}
