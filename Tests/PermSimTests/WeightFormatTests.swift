import ConfigSupport
import FixedPoint
import Foundation
import PEModel
import PermDNNModel
import PermSim
import PermSimTestSupport
import Testing
import Workloads

/// `pe.weight-format` in the engine: the DEC stage's exact timing (one more cycle of pipeline per
/// tile pass, `docs/microarchitecture.md`), what fits the weight SRAM in each format, the line
/// trace, and a layer in another format than the engine's refused.
@Suite struct WeightFormatTests {
    /// A `rows x columns` layer at `p`, weights coded in `encoding` (codes from `codes`).
    static func layer(rows: Int, columns: Int, p: Int, encoding: WeightEncoding, activations: [Int16],
                      codes: (Int) -> Int16) throws -> Layer {
        let mb = (rows + p - 1) / p, nb = (columns + p - 1) / p
        let permutation = (0..<(mb * nb)).map { Int32($0 % p) }
        let matrix = try PermutedDiagonalMatrix(rows: rows, columns: columns, blockSize: p, permutation: permutation,
                                                weights: (0..<(mb * nb * p)).map(codes), permutationSource: .stored,
                                                encoding: encoding)
        return try Layer(name: "formats", weights: matrix, activations: activations, relu: false)
    }

    static func config(_ format: WeightFormat, pes: Int, multipliers: Int, sramKiB: Int = 128) -> ArchitectureConfig {
        var config = PermSimTests.config(pes: pes, multipliers: multipliers, sramKiB: sramKiB)
        config.weightFormat = format
        return config
    }

    static let codebook: [Int16] = [0, -512, -300, -256, -100, -7, -1, 1, 3, 64, 100, 255, 256, 700, 1000, 4096]

    /// 1 x 1, one non-zero: fixed16 reads it in cycle 0, broadcasts in 1, IDX 2, WRD 3, MUL 4,
    /// ACC 5, drains in 6 and ends at 7; the narrow formats decode in 4, multiply in 5,
    /// accumulate in 6, drain in 7 and end at 8, with the same output (1.0 x 1.5 = 1.5 in Q8).
    @Test func oneByOneLayerTakesOneMoreCycleWithADecodeStage() throws {
        let cases: [(WeightEncoding, Int16, Int)] = [
            (.fixed16, 256, 7), (.fixed8(shift: 2), 64, 8), (.fixed8(shift: 8), 1, 8), (.codebook4(Self.codebook), 12, 8),
        ]
        for (encoding, code, cycles) in cases {
            let layer = try Self.layer(rows: 1, columns: 1, p: 1, encoding: encoding, activations: [384]) { _ in code }
            for method in PermDNNEngine.Method.allCases {
                let result = try PermDNNEngine(config: Self.config(encoding.format, pes: 4, multipliers: 8), method: method).run(layer)
                #expect(result.cycles == cycles, "\(encoding.format) \(method)")
                #expect(result.analyticCycles == cycles)
                #expect(result.outputs == [384])
                // The critical PE idles in the 2 fill cycles and the 3 or 4 tail cycles only
                // (its other cycles: one issue, one drain).
                #expect(result.criticalPE.indexCalculator.idleCycles == 2 + (encoding.format == .fixed16 ? 3 : 4))
            }
        }
    }

    /// Dense input with `S_0 >= 2`: cycles are `2 + nnz * S_0 + 4 + D` with a DEC stage
    /// (`3` without), the analytic count equal, no bubbles; the DEC stage reads nothing more.
    @Test(arguments: [WeightFormat.fixed16, .fixed8, .codebook4])
    func denseInputCycles(format: WeightFormat) throws {
        let p = 4, pes = 2, n = 64, blockRows = 9, mul = 8
        let encoding: WeightEncoding = format == .fixed16 ? .fixed16 : format == .fixed8 ? .fixed8(shift: 3) : .codebook4(Self.codebook)
        let layer = try Self.layer(rows: blockRows * pes * p, columns: n, p: p, encoding: encoding,
                                   activations: Array(repeating: 3, count: n)) { Int16($0 % 16) - (format == .codebook4 ? 0 : 8) }
        let result = try PermDNNEngine(config: Self.config(format, pes: pes, multipliers: mul)).run(layer)
        let slots = 2, drain = (blockRows * p + mul - 1) / mul
        let tail = format == .fixed16 ? 3 : 4
        #expect(result.cycles == 2 + n * slots + tail + drain)
        #expect(result.analyticCycles == result.cycles)
        #expect(result.bubbleCycles == 0)
        #expect(result.criticalPE.weightSRAM.wordReads == n * slots)
        #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
    }

    /// The per-cycle trace shows the DEC stage between W and M; fixed16's trace has no D.
    @Test func lineTraceShowsTheDecodeStage() throws {
        func trace(_ encoding: WeightEncoding, code: Int16) throws -> [String] {
            let layer = try Self.layer(rows: 1, columns: 1, p: 1, encoding: encoding, activations: [384]) { _ in code }
            let lines = TraceLines()
            _ = try PermDNNEngine(config: Self.config(encoding.format, pes: 1, multipliers: 1))
                .run(layer, trace: PermDNNEngine.Trace(cycles: 100) { lines.append($0) })
            return lines.all
        }
        let plain = try trace(.fixed16, code: 256)
        let decoded = try trace(.fixed8(shift: 2), code: 64)
        #expect(plain.count == 7 && decoded.count == 8)
        #expect(!plain.joined().contains(" D "))
        #expect(plain[3].hasSuffix("PE0 q0 I -       W 0.0     M -       A -       "))
        #expect(decoded[3].hasSuffix("PE0 q0 I -       W 0.0     D -       M -       A -       "))
        #expect(decoded[4].hasSuffix("PE0 q0 I -       W -       D 0.0     M -       A -       "))
        #expect(decoded[5].hasSuffix("PE0 q0 I -       W -       D -       M 0.0     A -       "))
        #expect(decoded[6].hasSuffix("PE0 q0 I -       W -       D -       M -       A 0.0     "))
    }

    /// A column chunk that does not drain ends in the cycle the drain would start: one cycle
    /// later with a DEC stage, as the chunk's pipeline holds one more register. Both formats cut
    /// the same 64-column chunks: 256 columns of one 8-lane word are 4 KiB at fixed16 (2 KiB SRAM,
    /// 1 KiB halves) and 2 KiB at fixed8 (1 KiB SRAM, 512 B halves).
    @Test func columnChunkEndsOneCycleLaterWithADecodeStage() throws {
        let n = 256
        let x = (0..<n).map { Int16($0 % 3 == 0 ? 2 : 0) }
        var cycles: [WeightFormat: [Int]] = [:]
        for format in [WeightFormat.fixed16, .fixed8] {
            let encoding: WeightEncoding = format == .fixed16 ? .fixed16 : .fixed8(shift: 0)
            let layer = try Self.layer(rows: 8, columns: n, p: 1, encoding: encoding, activations: x) { Int16($0 % 7) }
            let config = Self.config(format, pes: 1, multipliers: 8, sramKiB: format == .fixed16 ? 2 : 1)
            for method in PermDNNEngine.Method.allCases {
                let result = try PermDNNEngine(config: config, method: method).run(layer)
                #expect(!result.fitsOnChip)
                #expect(result.tiles.map(\.firstColumn) == [0, 64, 128, 192])
                #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
                cycles[format] = result.tiles.map(\.cycles)
            }
        }
        let plain = try #require(cycles[.fixed16]), decoded = try #require(cycles[.fixed8])
        // Every chunk (the three that do not drain and the last that does) ends one cycle later.
        #expect(zip(plain, decoded).allSatisfy { $1 == $0 + 1 }, "\(plain) vs \(decoded)")
    }

    /// The same weight SRAM holds 2x (fixed8) or 4x (codebook4) the weights: a layer of 2,048
    /// columns of one 8-lane word (one PE, 8 block-rows) is 32 KiB of 16-bit weights, 16 KiB of
    /// 8-bit, 8 KiB of 4-bit. With 16 KiB per PE it streams at fixed16 in 512-column chunks of
    /// 8,192 B (half the SRAM), and fits at fixed8 and codebook4.
    @Test func whatFitsScalesWithTheFormat() throws {
        let n = 2048
        let x = (0..<n).map { Int16($0 % 5 == 0 ? 1 : 0) }
        for format in WeightFormat.allCases {
            let encoding: WeightEncoding = format == .fixed16 ? .fixed16 : format == .fixed8 ? .fixed8(shift: 1) : .codebook4(Self.codebook)
            let layer = try Self.layer(rows: 8, columns: n, p: 1, encoding: encoding, activations: x) { Int16($0 % 16) }
            let result = try PermDNNEngine(config: Self.config(format, pes: 1, multipliers: 8, sramKiB: 16)).run(layer)
            #expect(result.fitsOnChip == (format != .fixed16), "\(format)")
            if format == .fixed16 {
                #expect(result.tiles.map(\.firstColumn) == [0, 512, 1024, 1536])
                #expect(result.tiles.allSatisfy { $0.dramBytes == 8192 })
            } else {
                #expect(result.tiles.count == 1 && result.engine.dramBytes == 0)
            }
            #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
        }
        // At 8 KiB, fixed8 streams in 512-column chunks of 4,096 B; codebook4 still fits (exactly).
        let fixed8 = try Self.layer(rows: 8, columns: n, p: 1, encoding: .fixed8(shift: 0), activations: x) { Int16($0 % 16) }
        let streamed = try PermDNNEngine(config: Self.config(.fixed8, pes: 1, multipliers: 8, sramKiB: 8)).run(fixed8)
        #expect(!streamed.fitsOnChip && streamed.tiles.count == 4 && streamed.tiles.allSatisfy { $0.dramBytes == 4096 })
        let codebook = try Self.layer(rows: 8, columns: n, p: 1, encoding: .codebook4(Self.codebook), activations: x) { Int16($0 % 16) }
        #expect(try PermDNNEngine(config: Self.config(.codebook4, pes: 1, multipliers: 8, sramKiB: 8)).run(codebook).fitsOnChip)
    }

    /// Odd word widths round tile bytes up: 3 lanes of 4-bit codes are a 12-bit word. One PE
    /// with 3 block-rows (one word per column) and 1,000 columns: 12,000 bits > the 1 KiB SRAM;
    /// half of it (4,096 bits) holds 341 columns (NZD word of 1): chunks of 341, 341 and 318
    /// columns, 4,092 bits = 512 B (rounded up), 512 B and 3,816 bits = 477 B.
    @Test func tileBytesRoundUpToWholeBytes() throws {
        let n = 1000
        let layer = try Self.layer(rows: 3, columns: n, p: 1, encoding: .codebook4(Self.codebook),
                                   activations: (0..<n).map { Int16($0 % 4) }) { Int16($0 % 16) }
        var config = Self.config(.codebook4, pes: 1, multipliers: 3, sramKiB: 1)
        config.nzdWordWidth = 1
        let result = try PermDNNEngine(config: config).run(layer)
        #expect(!result.fitsOnChip)
        #expect(result.tiles.map(\.firstColumn) == [0, 341, 682])
        #expect(result.tiles.map(\.dramBytes) == [512, 512, 477])
        #expect(result.outputs == FunctionalReference.outputs(layer, format: .default))
    }

    /// The EIE suite's FC6 layers at the default 32 PEs, 160 KiB per PE: both stream at fixed16;
    /// alexnet-fc6 fits at fixed8 and codebook4; vgg16-fc6 streams at fixed8 (in fewer tiles) and
    /// fits at codebook4.
    @Test func fc6LayersFitInTheNarrowFormats() throws {
        let expected: [String: [WeightFormat: Int]] = [
            "alexnet-fc6": [.fixed16: 4, .fixed8: 1, .codebook4: 1],
            "vgg16-fc6": [.fixed16: 5, .fixed8: 3, .codebook4: 1],
        ]
        for (name, tiles) in expected {
            for format in WeightFormat.allCases {
                var config = ArchitectureConfig.default
                config.weightFormat = format
                let layer = try LayerGenerator.generate(WorkloadCatalog.layer(named: name), format: config.format, seed: 1,
                                                        weightFormat: format)
                let result = try PermDNNEngine(config: config).run(layer)
                #expect(result.tiles.count == tiles[format], "\(name) \(format)")
                #expect(result.fitsOnChip == (tiles[format] == 1), "\(name) \(format)")
            }
        }
    }

    /// The engine stores one format: a layer coded in another is refused, naming the key.
    @Test func layerInAnotherFormatIsRefused() throws {
        let layer = try Self.layer(rows: 4, columns: 4, p: 2, encoding: .fixed16, activations: [1, 2, 3, 4]) { Int16($0) }
        #expect(throws: ConfigError.self) { try PermDNNEngine(config: Self.config(.codebook4, pes: 2, multipliers: 2)).run(layer) }
        do {
            _ = try LayerPlan(layer: layer, config: Self.config(.fixed8, pes: 2, multipliers: 2))
            Issue.record("accepted a fixed16 layer on a fixed8 engine")
        } catch let error as ConfigError {
            #expect(error.description.contains("pe.weight-format"))
        }
    }
}

/// The lines a trace sink received (the sink is `@Sendable`).
final class TraceLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
