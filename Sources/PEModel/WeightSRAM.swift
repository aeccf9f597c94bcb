/// The PE's weight SRAM: words of `N_MUL` 16-bit weights, stored column-major.
///
/// For every input column `j`, the `B_e` weights of that column (one per local block-row)
/// are padded to `S = ceil(B_e / N_MUL)` whole words, so the word of issue slot `s` of
/// column `j` is at address `j * S + s`. Source: `architecture.md` §1.2 (WRD stage).
public struct WeightSRAM: Sendable {
    public struct Stats: Sendable, Equatable, Codable {
        /// Words read (one per issue slot).
        public var wordReads = 0
        public init() {}
    }

    public let lanes: Int
    /// `words * lanes` weights, word-major.
    private let storage: [Int16]
    public private(set) var stats = Stats()

    public init(lanes: Int, image: [Int16]) {
        self.lanes = lanes
        storage = image
    }

    /// Reads word `address` into `destination[0..<lanes]`.

    public mutating func read(address: Int, into destination: inout [Int16]) {
        stats.wordReads += 1
        let base = address * lanes
        storage.withUnsafeBufferPointer { words in
            destination.withUnsafeMutableBufferPointer { lanesOut in
                for lane in 0..<lanesOut.count { lanesOut[lane] = words[base + lane] }
            }
        }
    }
}
