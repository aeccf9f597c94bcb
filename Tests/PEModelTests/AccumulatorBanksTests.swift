import FixedPoint
import PEModel
import Testing

/// The accumulators alone: each active lane's saturating read-add-write, scheduled during
/// evaluate and written at the clock edge (`docs/microarchitecture.md`, "ACC").
@Suite struct AccumulatorBanksTests {
    /// A MUL->ACC register with `products` into `rows` (one lane each).
    private func register(rows: [Int32], products: [Int32], lanes: Int) -> ProductRegister {
        var register = ProductRegister(lanes: lanes)
        register.valid = true
        register.activeLanes = rows.count
        for lane in rows.indices {
            register.rows[lane] = rows[lane]
            register.products[lane] = products[lane]
        }
        return register
    }

    @Test func writesLandAtCommit() {
        var banks = AccumulatorBanks(rows: 8, lanes: 2, format: FixedPointFormat(fractionBits: 0, accumulatorBits: 32))
        banks.accumulate(register(rows: [0, 5], products: [300, -5], lanes: 2))
        #expect(banks.values == [0, 0, 0, 0, 0, 0, 0, 0])
        #expect(banks.pendingWriteValues == [300, -5])
        banks.commit()
        #expect(banks.values == [300, 0, 0, 0, 0, -5, 0, 0])
        #expect(banks.pendingWriteValues.isEmpty)
        // Back to back into the same rows: the next cycle reads the committed sums (no hazard).
        banks.accumulate(register(rows: [0, 5], products: [1, 1], lanes: 2))
        banks.commit()
        #expect(banks.values[0] == 301 && banks.values[5] == -4)
        #expect(banks.stats.reads == 4 && banks.stats.writes == 4 && banks.stats.saturations == 0)
    }

    /// Every add clips to the accumulator width (here 16 bits) and counts a saturation; a clipped
    /// sum is an ordinary value for the next add.
    @Test func everyAddSaturates() {
        var banks = AccumulatorBanks(rows: 4, lanes: 2, format: FixedPointFormat(fractionBits: 0, accumulatorBits: 16))
        banks.accumulate(register(rows: [1, 2], products: [30_000, -30_000], lanes: 2))
        banks.commit()
        banks.accumulate(register(rows: [1, 2], products: [30_000, -40_000], lanes: 2))
        #expect(banks.pendingWriteValues == [32_767, -32_768])
        banks.commit()
        banks.accumulate(register(rows: [1], products: [-1], lanes: 2))
        banks.commit()
        #expect(banks.values == [0, 32_766, -32_768, 0])
        #expect(banks.stats.saturations == 2 && banks.stats.reads == 5 && banks.stats.writes == 5)
    }

    /// Two lanes write two banks' rows in one cycle; an idle lane writes nothing, whatever its
    /// register holds.
    @Test func lanesWriteSeparateRowsAndIdleLanesNothing() {
        // p = 2, N_MUL = 2: bank 0 holds rows 0, 1, 4, 5 (block-rows 0, 2); bank 1 rows 2, 3, 6, 7.
        var banks = AccumulatorBanks(rows: 8, lanes: 2, format: .default)
        var both = register(rows: [4, 3], products: [10, 20], lanes: 2)
        banks.accumulate(both)
        banks.commit()
        both.activeLanes = 1
        both.products = [1, 1000]
        banks.accumulate(both)
        banks.commit()
        #expect(banks.values == [0, 0, 0, 20, 11, 0, 0, 0])
        #expect(banks.stats.writes == 3)
    }
}
