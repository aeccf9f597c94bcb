import FixedPoint
import PEModel
import Testing

/// The drain alone: `N_MUL` rows per cycle, ReLU (optional), round to nearest by `F`
/// (`(acc + 2^(F-1)) >> F`), saturation to 16 bits (`docs/microarchitecture.md`, "Drain").
@Suite struct DrainUnitTests {
    /// Accumulators holding `values` (`F` = 4, 32 bits), written through the ACC interface.
    private func accumulators(_ values: [Int32]) -> AccumulatorBanks {
        var banks = AccumulatorBanks(rows: values.count, lanes: 1, format: FixedPointFormat(fractionBits: 4, accumulatorBits: 32))
        for (row, value) in values.enumerated() {
            var register = ProductRegister(lanes: 1)
            register.valid = true
            register.activeLanes = 1
            register.rows[0] = Int32(row)
            register.products[0] = value
            banks.accumulate(register)
            banks.commit()
        }
        return banks
    }

    /// 24 = 1.5 -> 2 (half up), 23 -> 1, -40 -> 0 (ReLU), 2^20 -> 32767 (clipped), 8 = 0.5 -> 1.
    static let values: [Int32] = [24, 23, -40, 1 << 20, 8]

    @Test func twoRowsPerCycleWithReLU() {
        let banks = accumulators(Self.values)
        var drain = DrainUnit(rows: 5, lanes: 2, relu: true)
        #expect(!drain.isFinished)
        var writes: [Int] = []
        while !drain.isFinished {
            drain.evaluate(accumulators: banks)
            writes.append(drain.writesThisCycle)
            drain.commit()
        }
        #expect(writes == [2, 2, 1])
        #expect(drain.outputs == [2, 1, 0, 32_767, 1])
        #expect(drain.stats.cycles == 3 && drain.stats.accumulatorReads == 5 && drain.stats.outputWrites == 5)
        #expect(drain.stats.outputSaturations == 1)
        // Finished: a further evaluate does nothing.
        drain.evaluate(accumulators: banks)
        #expect(drain.writesThisCycle == 0 && drain.stats.cycles == 3)
    }

    /// Without ReLU, negatives round half up too (-24 = -1.5 -> -1, -40 = -2.5 -> -2) and clip at -32768.
    @Test func withoutReLUNegativesRoundAndClip() {
        let banks = accumulators([-24, -40, -(1 << 20), -8, -9])
        var drain = DrainUnit(rows: 5, lanes: 8, relu: false)
        drain.evaluate(accumulators: banks)
        // The pointer is a register: it moves at the edge.
        #expect(drain.pointer == 0 && drain.writesThisCycle == 5)
        drain.commit()
        #expect(drain.pointer == 5 && drain.isFinished)
        #expect(drain.outputs == [-1, -2, -32_768, 0, -1])
        #expect(drain.stats.cycles == 1 && drain.stats.outputSaturations == 1)
    }
}
