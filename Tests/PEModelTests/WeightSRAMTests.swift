import PEModel
import Testing

/// The weight SRAM alone: words of `N_MUL` weights, column-major, word `j * ceil(B_e/N_MUL) + s`
/// holding block-rows `s*N_MUL ..< (s+1)*N_MUL` of input column `j` (`docs/microarchitecture.md`, "WRD").
@Suite struct WeightSRAMTests {
    @Test func readsOneWordIntoTheLanes() {
        var sram = WeightSRAM(lanes: 3, image: (0..<12).map { Int16($0 * 11) })
        var lanes = [Int16](repeating: -1, count: 3)
        sram.read(address: 2, into: &lanes)
        #expect(lanes == [66, 77, 88])
        sram.read(address: 0, into: &lanes)
        #expect(lanes == [0, 11, 22])
        #expect(sram.stats.wordReads == 2)
    }

    /// An image laid out by the rule (weight of column `j`, block-row `b` = `100 j + b`, padding
    /// lanes -1): reading word `j * S + s` gives lane `l` the weight of block-row `s * N_MUL + l`.
    @Test func wordAddressIsColumnTimesSlotsPlusSlot() {
        let lanes = 2, blockRows = 5, columns = 4
        let slots = (blockRows + lanes - 1) / lanes   // 3
        var image: [Int16] = []
        for j in 0..<columns {
            for b in 0..<slots * lanes { image.append(b < blockRows ? Int16(100 * j + b) : -1) }
        }
        var sram = WeightSRAM(lanes: lanes, image: image)
        var word = [Int16](repeating: 0, count: lanes)
        for j in 0..<columns {
            for s in 0..<slots {
                sram.read(address: j * slots + s, into: &word)
                let expected = (0..<lanes).map { l in s * lanes + l < blockRows ? Int16(100 * j + s * lanes + l) : -1 }
                #expect(word == expected, "column \(j) slot \(s)")
            }
        }
        #expect(sram.stats.wordReads == columns * slots)
    }
}
