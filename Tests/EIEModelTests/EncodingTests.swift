import EIEModel
import FixedPoint
import PermSimTestSupport
import Testing
import Workloads

/// The modified CSC: exact entries, padding, pointers and batches, and the round trip back to
/// the dense matrix.
@Suite struct EncodingTests {
    /// A packed 4-bit `(v, z)` entry.
    func entry(_ v: UInt16, _ z: UInt16) -> UInt16 { v << 4 | z }

    /// Rows 0, 17 and 39 of one column on one PE: (v,0), pad, (v,0), pad, (v,5).
    @Test func entriesAndPaddingAreExact() throws {
        let config = smallConfig()
        var rows = pattern(rows: 40, columns: 1, [(0, 0), (17, 0), (39, 0)])
        rows[17][0] = 2
        rows[39][0] = 3
        let encoded = try layer(rows, activations: [1], config: config)
        let slice = encoded.slices[0]
        #expect(slice.entries == [entry(1, 0), entry(0, 15), entry(2, 0), entry(0, 15), entry(3, 5)])
        #expect(slice.pointers == [0, 5])
        #expect(slice.paddingEntries == 2)
        #expect(encoded.storedWeights == 3)
    }

    /// A run of `g` zeros before an entry needs `floor(g / 16)` padding entries at 4 bits.
    @Test(arguments: [(15, 0), (16, 1), (31, 1), (32, 2), (47, 2), (48, 3)])
    func paddingCount(run: Int, paddings: Int) throws {
        let config = smallConfig()
        let encoded = try layer(pattern(rows: run + 1, columns: 1, [(run, 0)]), activations: [1], config: config)
        #expect(encoded.paddingEntries == paddings)
        #expect(encoded.decodedIndices() == pattern(rows: run + 1, columns: 1, [(run, 0)]).flatMap { $0 })
    }

    /// Rows are interleaved: row `i` on PE `i mod N` as local row `i / N`, and `z` counts zeros
    /// within the PE's slice only.
    @Test func rowsAreInterleaved() throws {
        let config = smallConfig(pes: 3)
        let encoded = try layer(pattern(rows: 7, columns: 2, [(0, 0), (6, 0), (4, 1), (5, 1)]), activations: [1, 1], config: config)
        #expect(encoded.slices.map(\.localRows) == [3, 2, 2])
        #expect(encoded.slices[0].entries == [entry(1, 0), entry(1, 1)])   // local rows 0 and 2
        #expect(encoded.slices[1].entries == [entry(1, 1)])                // row 4 = local 1
        #expect(encoded.slices[2].entries == [entry(1, 1)])                // row 5 = local 1
        #expect(encoded.slices[0].pointers == [0, 2, 2])
        #expect(encoded.slices[1].pointers == [0, 0, 1])
    }

    /// Decoding every PE's CSC gives back the exact index and weight matrices, for random
    /// matrices over many encodings (PE counts, field widths, batch sizes, pointer widths).
    @Test func roundTrip() throws {
        for seed in UInt64(0)..<150 {
            let random = try EIERandomCase(seed: seed)
            let layer = random.layer
            #expect(layer.decodedIndices() == random.indices, "\(random)")
            #expect(layer.decodedWeights() == random.indices.map { layer.codebook[Int($0)] }, "\(random)")
            #expect(layer.storedWeights == random.indices.filter { $0 != 0 }.count, "\(random)")
            for slice in layer.slices {
                #expect(slice.pointers.count == layer.columns + 1, "\(random)")
                #expect(slice.batchBases.count == (layer.columns + layer.encoding.batchColumns - 1) / layer.encoding.batchColumns, "\(random)")
                let maxPointer = UInt32((1 << UInt64(layer.encoding.pointerBits)) - 1)
                #expect(slice.pointers.allSatisfy { $0 <= maxPointer }, "\(random)")
                // Column ranges tile the SRAM in order.
                var next = 0
                for j in 0..<layer.columns {
                    let range = slice.columnRange(j, encoding: layer.encoding)
                    #expect(range.lowerBound == next, "\(random) column \(j)")
                    next = range.upperBound
                }
                #expect(next == slice.entries.count, "\(random)")
            }
        }
    }

    /// 8-bit pointers address 255 entries: a 16 x 20 dense layer on one PE (320 entries in one
    /// batch) is refused, naming the PE, the batch and the count; 8-column batches fit.
    @Test func pointerOverflowIsRefused() throws {
        var config = smallConfig()
        config.pointerBits = 8
        let dense = [[UInt8]](repeating: [UInt8](repeating: 1, count: 20), count: 16)
        #expect(throws: EIEError.pointerOverflow(pe: 0, batch: 0, firstColumn: 0, endColumn: 20, entries: 320, pointerBits: 8)) {
            try layer(dense, activations: [Int16](repeating: 1, count: 20), config: config)
        }
        let message = EIEError.pointerOverflow(pe: 0, batch: 0, firstColumn: 0, endColumn: 20, entries: 320, pointerBits: 8).description
        #expect(message.contains("eie.pointer-bits") && message.contains("320") && message.contains("255"))

        config.activationRegisterEntries = 8
        let batched = try layer(dense, activations: [Int16](repeating: 1, count: 20), config: config)
        #expect(batched.slices[0].batchBases == [0, 128, 256])
        #expect(batched.decodedIndices() == dense.flatMap { $0 })
        let result = try runChecked(batched, config)
        #expect(result.computeCycles == 8 + 320 - 1)
    }

    /// The default 16-bit pointers: 1,100 x 64 dense weights on one PE is 70,400 entries in one batch.
    @Test func defaultPointerWidthOverflow() throws {
        let config = smallConfig()
        #expect(throws: EIEError.pointerOverflow(pe: 0, batch: 0, firstColumn: 0, endColumn: 64, entries: 70_400, pointerBits: 16)) {
            try EIELayer(name: "big", rows: 1100, columns: 64, codebook: identityCodebook, indices: [UInt8](repeating: 1, count: 1100 * 64),
                         activations: [Int16](repeating: 1, count: 64), relu: false, format: config.format, encoding: config.encoding)
        }
    }

    /// A layer moves between PE counts and field widths without changing its weights or its answer.
    @Test func reencodedLayerGivesTheSameAnswer() throws {
        for seed in UInt64(0)..<20 {
            let random = try EIERandomCase(seed: seed)
            var target = random.config
            target.pes = 1 + Int(seed % 9)
            target.relativeIndexBits = 1 + Int(seed % 4)
            target.pointerBits = 32
            target.sparseLineBits = target.entryBits * 8
            let moved = try random.layer.reencoded(for: target.encoding)
            #expect(moved.decodedIndices() == random.indices, "\(random)")
            let result = try EIEEngine(config: target).run(moved)
            #expect(result.accumulators == EIEFunctionalReference.accumulators(random.layer), "\(random)")
        }
    }

    @Test func engineRefusesALayerBuiltForAnotherEngine() throws {
        let built = try layer([[1]], activations: [1], config: smallConfig(pes: 4))
        #expect(throws: EIEError.self) { try EIEEngine(config: smallConfig(pes: 8)).run(built) }
        var other = smallConfig(pes: 4)
        other.format = FixedPointFormat(fractionBits: 4, accumulatorBits: 32)
        #expect(throws: EIEError.self) { try EIEEngine(config: other).run(built) }
    }

    @Test func badLayersAreRefused() throws {
        let config = smallConfig()
        #expect(throws: EIEError.invalidLayer(field: "codebook", rule: "entry 0 is reserved for zero (padding entries use it), got 5")) {
            try layer([[1]], activations: [1], config: config, codebook: [5] + [Int16](repeating: 1, count: 15))
        }
        #expect(throws: EIEError.self) { try layer([[1]], activations: [1], config: config, codebook: [0, 1]) }
        #expect(throws: EIEError.self) { try layer([[1, 1]], activations: [1], config: config) }
        #expect(throws: EIEError.self) { try layer([[16]], activations: [1], config: config) }
        #expect(throws: EIEError.self) {
            try EIELayer(name: "empty", rows: 0, columns: 1, codebook: identityCodebook, indices: [], activations: [1], relu: false,
                         format: config.format, encoding: config.encoding)
        }
        var built = try layer([[1]], activations: [1], config: config)
        #expect(throws: EIEError.self) { try built.setActivations([1, 2]) }
    }
}
