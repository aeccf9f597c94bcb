import FixedPoint
import Foundation
import Testing
@testable import Workloads

/// PermDNN's weight formats on the workload side: the codes and their decode
/// (`WeightEncoding`), generated layers drawn in the format, real weights quantised to it with the
/// error reported (`WeightQuantizer`), and the k-means EIE and `codebook4` share (`WeightSharing`).
@Suite struct WeightFormatWorkloadTests {
    static let spec = LayerSpec(name: "formats", inputs: 45, outputs: 30, weightDensity: 0.25, blockSize: 4)

    @Test func decodeRules() {
        #expect(WeightEncoding.fixed16.decode(-1234) == -1234)
        let fixed8 = WeightEncoding.fixed8(shift: 3)
        #expect(fixed8.decode(5) == 40 && fixed8.decode(-128) == -1024 && fixed8.decode(127) == 1016)
        // The extremes at the largest shift still fit 16 bits.
        #expect(WeightEncoding.fixed8(shift: 8).decode(-128) == Int16.min && WeightEncoding.fixed8(shift: 8).decode(127) == 32512)
        let codebook: [Int16] = [0] + (1...15).map { Int16($0 * 100 - 800) }
        let shared = WeightEncoding.codebook4(codebook)
        #expect(shared.decode(0) == 0 && shared.decode(1) == -700 && shared.decode(15) == 700)
        #expect(shared.decode([0, 15, 8]) == [0, 700, 0])
        #expect(WeightFormat.allCases.map(\.bits) == [16, 8, 4])
        #expect(WeightFormat.allCases.map(\.hasDecodeStage) == [false, true, true])
    }

    @Test func encodingRulesAreChecked() {
        #expect(WeightEncoding.fixed16.violation == nil)
        #expect(WeightEncoding.fixed8(shift: 9).violation == "the fixed8 shift must be in 0...8 (got 9)")
        #expect(WeightEncoding.fixed8(shift: -1).violation != nil)
        #expect(WeightEncoding.codebook4([0, 1]).violation == "a codebook4 codebook has 16 entries (got 2)")
        #expect(WeightEncoding.codebook4([5] + Array(repeating: 1, count: 15)).violation == "codebook4 entry 0 is reserved for the weight 0 (got 5)")
        #expect(WeightEncoding(format: .fixed16, shift: 2, codebook: []).violation != nil)
        // A matrix refuses codes outside the format's range, naming the code and its place.
        let error = message {
            _ = try PermutedDiagonalMatrix(rows: 2, columns: 2, blockSize: 2, permutation: [0], weights: [3, 16],
                                           permutationSource: .stored, encoding: .codebook4(Array(repeating: 0, count: 16)))
        }
        #expect(error.contains("code 16 at 1 is outside the codebook4 codes 0...15"), "\(error)")
        #expect(message {
            _ = try PermutedDiagonalMatrix(rows: 2, columns: 2, blockSize: 2, permutation: [0], weights: [3, 200],
                                           permutationSource: .stored, encoding: .fixed8(shift: 0))
        }.contains("outside the fixed8 codes -128...127"))
    }

    /// fixed8 at `F <= 8` draws exactly fixed16's weights (shift 0: reals in [-0.5, 0.5) are 8-bit
    /// numbers at F = 8); at `F = 12` the shift is 4 and the 8-bit codes span `[-128, 127]`.
    @Test func generatedFixed8() throws {
        for bits in [0, 3, 8] {
            let format = FixedPointFormat(fractionBits: bits, accumulatorBits: 32)
            let sixteen = try LayerGenerator.generateWeights(Self.spec, format: format, seed: 4)
            let eight = try LayerGenerator.generateWeights(Self.spec, format: format, seed: 4, weightFormat: .fixed8)
            #expect(eight.encoding == .fixed8(shift: 0))
            #expect(eight.weights == sixteen.weights && eight.decodedWeights == sixteen.weights)
        }
        let wide = FixedPointFormat(fractionBits: 12, accumulatorBits: 32)
        let eight = try LayerGenerator.generateWeights(Self.spec, format: wide, seed: 4, weightFormat: .fixed8)
        #expect(eight.encoding == .fixed8(shift: 4))
        #expect(eight.weights.allSatisfy { (-128...127).contains(Int($0)) })
        #expect((eight.weights.min() ?? 0) < -100 && (eight.weights.max() ?? 0) > 100)   // the whole 8-bit range is drawn
        #expect(eight.decodedWeights.allSatisfy { $0 % 16 == 0 && (-2048...2032).contains(Int($0)) })
        // The same permutation values as fixed16 (drawn first, from the same stream).
        #expect(eight.permutation == (try LayerGenerator.generateWeights(Self.spec, format: wide, seed: 4)).permutation)
    }

    /// codebook4 draws 15 sorted entries in fixed16's range after entry 0, then indices 1...15;
    /// padding slots are index 0. Deterministic, and the permutation is fixed16's.
    @Test func generatedCodebook4() throws {
        let matrix = try LayerGenerator.generateWeights(Self.spec, format: .default, seed: 9, weightFormat: .codebook4)
        let codebook = matrix.encoding.codebook
        #expect(matrix.encoding.format == .codebook4 && codebook.count == 16 && codebook[0] == 0)
        #expect(zip(codebook.dropFirst(), codebook.dropFirst(2)).allSatisfy { $0 <= $1 })
        #expect(codebook.dropFirst().allSatisfy { (-128...127).contains(Int($0)) })
        let p = 4, nb = matrix.blockColumns
        for (index, code) in matrix.weights.enumerated() {
            let block = index / p, t = index % p
            let r = block / nb, c = block % nb
            let k = Int(matrix.permutation[block])
            let padding = r * p + (t - k + p) % p >= matrix.rows || c * p + t >= matrix.columns
            #expect(padding ? code == 0 : (1...15).contains(Int(code)), "slot \(index)")
        }
        #expect(Set(matrix.weights).count == 16, "every index is drawn on 30 x 45 at p = 4")
        #expect(try LayerGenerator.generateWeights(Self.spec, format: .default, seed: 9, weightFormat: .codebook4) == matrix)
        #expect(matrix.permutation == (try LayerGenerator.generateWeights(Self.spec, format: .default, seed: 9)).permutation)
    }

    /// fixed16 quantisation is `format.quantize` with its error, as before the formats existed.
    @Test func quantizerFixed16() {
        let reals = [0.1, -0.25, 200.0, 0.0, 1.0 / 512]
        let result = WeightQuantizer.quantize(reals, format: format8, weightFormat: .fixed16)
        #expect(result.codes == [26, -64, Int16.max, 0, 1])
        #expect(result.encoding == .fixed16 && result.saturated == 1)
        let expected = reals.enumerated().reduce(0.0) { total, item in
            let d = item.element - format8.real(result.codes[item.offset]); return total + d * d
        }
        #expect(result.quantizationEnergy == expected)
    }

    /// fixed8 picks the smallest shift at which nothing clips: weights within [-0.5, 0.5) at F = 8
    /// take shift 0; a weight of 1.9 needs 2 (1.9 x 64 = 121.6); 200 clips even at 8.
    @Test func quantizerFixed8() {
        let small = WeightQuantizer.quantize([0.1, -0.5, 0.49], format: format8, weightFormat: .fixed8)
        #expect(small.encoding == .fixed8(shift: 0) && small.codes == [26, -128, 125] && small.saturated == 0)
        let larger = WeightQuantizer.quantize([1.9, -0.3, 0.01], format: format8, weightFormat: .fixed8)
        #expect(larger.encoding == .fixed8(shift: 2))
        #expect(larger.codes == [122, -19, 1])   // round(1.9 * 64), round(-0.3 * 64) = -19.2, round(0.64)
        let error = [1.9 - 122.0 / 64, -0.3 + 19.0 / 64, 0.01 - 1.0 / 64].reduce(0) { $0 + $1 * $1 }
        #expect(abs(larger.quantizationEnergy - error) < 1e-15)
        let huge = WeightQuantizer.quantize([200, 0.25], format: format8, weightFormat: .fixed8)
        #expect(huge.encoding == .fixed8(shift: 8) && huge.codes == [127, 0] && huge.saturated == 1)
        // Negative extreme: -0.5 is exactly -128 at shift 0; -0.502 x 256 = -128.51 rounds to -129: shift 1.
        #expect(WeightQuantizer.quantize([-0.502], format: format8, weightFormat: .fixed8).encoding == .fixed8(shift: 1))
    }

    /// codebook4: zero weights take index 0; the rest take the nearest of 15 k-means entries,
    /// fitted over the non-zero 16-bit codes as EIE fits its codebook.
    @Test func quantizerCodebook4() {
        let reals: [Double] = [0, 0.5, 0.5, -0.25, 0.001, -1, 0.75, 0.125]
        let result = WeightQuantizer.quantize(reals, format: format8, weightFormat: .codebook4)
        let codes16 = reals.map { format8.quantize($0)! }
        let fit = WeightSharing.fit(codes: codes16.filter { $0 != 0 }, codebookBits: 4)
        #expect(result.encoding == .codebook4(fit.codebook))
        #expect(result.codes[0] == 0)
        for (code, index) in zip(codes16, result.codes) where code != 0 {
            #expect(Int(index) == Int(WeightSharing.nearestIndex(of: code, in: fit.codebook)))
        }
        // Five distinct non-zero codes and 15 entries: each code is an entry, only rounding to F lost.
        let error = reals.reduce(0.0) { $0 + pow(($1 - format8.real(format8.quantize($1)!)), 2) }
        #expect(abs(result.quantizationEnergy - error) < 1e-15)
    }

    /// Projected real weights in (-1.5, 1.5): each format's error is what its codes lose, recomputed
    /// from the decoded matrix; fixed16 (step 1/256) loses least, fixed8 (shift 2: step 1/64) more,
    /// codebook4 (15 levels) most.
    @Test func projectionReportsEachFormatsError() throws {
        var rng = SplitMix64(seed: 3)
        let values = (0..<(32 * 48)).map { _ in Double(Float((rng.uniformUnit() - 0.5) * 3)) }
        let dense = NpyArray(shape: [32, 48], dtype: .float32, values: values)
        var errors: [WeightFormat: Double] = [:]
        for format in WeightFormat.allCases {
            let (matrix, report) = try WeightImport.project(dense: dense, blockSize: 4, format: format8, permutation: .stored,
                                                            name: "w.npy", weightFormat: format)
            #expect(matrix.encoding.format == format)
            errors[format] = report.quantizationError
            // The reported error is ||P(W) - decoded||_F / ||W||_F, recomputed from the matrix.
            var lost = 0.0, total = 0.0
            for row in 0..<32 {
                for column in 0..<48 {
                    let w = values[row * 48 + column]
                    total += w * w
                    let kept: Int16 = matrix.weight(row: row, column: column)
                    let k = Int(matrix.permutation[(row / 4) * matrix.blockColumns + column / 4])
                    let onDiagonal: Bool = (column % 4 - k + 4) % 4 == row % 4
                    if onDiagonal {
                        let d: Double = w - format8.real(kept)
                        lost += d * d
                    }
                }
            }
            let recomputed: Double = (lost / total).squareRoot()
            #expect(Swift.abs(report.quantizationError - recomputed) < 1e-12, "\(format)")
        }
        let e16 = try #require(errors[.fixed16]), e8 = try #require(errors[.fixed8]), e4 = try #require(errors[.codebook4])
        #expect(e16 < e8 && e8 < e4, "\(errors)")
    }

    /// A direct import in a narrow format reports its quantisation (no projection loss);
    /// fixed16 reports nothing, as before.
    @Test func directImportReportsNarrowFormats() throws {
        let spec = LayerSpec(name: "d", inputs: 8, outputs: 8, weightDensity: 0.5, blockSize: 2)
        let matrix = try LayerGenerator.generateWeights(spec, format: format8, seed: 2)
        let weights = NpyArray(shape: [4, 4, 2], dtype: .float32, values: matrix.weights.map { format8.real($0) * 3 })
        let fixed16: WeightFormat = .fixed16, codebook4: WeightFormat = .codebook4
        let k = NpyArray(shape: [4, 4], dtype: .float32, values: matrix.permutation.map(Double.init))
        let sixteen = try WeightImport.direct(weights: weights, permutation: k, rows: 8, columns: 8, format: format8, name: "w.npy",
                                              weightFormat: fixed16)
        #expect(sixteen.report == nil && sixteen.matrix.encoding == .fixed16)
        let shared = try WeightImport.direct(weights: weights, permutation: k, rows: 8, columns: 8, format: format8, name: "w.npy",
                                             weightFormat: codebook4)
        let report = try #require(shared.report)
        #expect(report.relativeError == 0 && report.retainedEnergy == 1 && report.quantizationError > 0)
        #expect(shared.matrix.encoding.format == .codebook4)
    }
}
