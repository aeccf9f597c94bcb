@testable import CirCNNModel
import ConfigSupport
import FixedPoint
import Foundation
import Testing
import Workloads

/// Block-circulant layers: structure, stored spectra, the seeded generator and dense projection.
@Suite struct LayerTests {
    @Test func blocksAreCirculant() throws {
        let layer = try TimingTests.layer(rows: 13, columns: 21, k: 8)
        #expect(layer.blockRows == 2 && layer.blockColumns == 3)
        #expect(layer.paddedRows == 3 && layer.paddedColumns == 3)
        #expect(layer.slotsPerBlock == 4 && layer.binsPerBlock == 5 && layer.stages == 3)
        for row in 0..<16 {
            for column in 0..<24 {
                // Down one, right one (wrapping inside the block): the same entry.
                let nextRow = (row / 8) * 8 + (row % 8 + 1) % 8, nextColumn = (column / 8) * 8 + (column % 8 + 1) % 8
                #expect(layer.weight(row: row, column: column) == layer.weight(row: nextRow, column: nextColumn))
            }
        }
        // The first column of block (1, 2) is its stored vector.
        for t in 0..<8 { #expect(layer.weight(row: 8 + t, column: 16) == layer.weights[(1 * 3 + 2) * 8 + t]) }
    }

    /// Stored bins are `round(DFT(c) * 2^G)` and the largest part uses the 16-bit range.
    @Test(arguments: [1, 2, 4, 16, 64])
    func storedSpectraAreTheRoundedDFT(k: Int) throws {
        let layer = try TimingTests.layer(rows: 2 * k + 1, columns: 3 * k - 1 + (k == 1 ? 2 : 0), k: k, seed: UInt64(k))
        let g = layer.spectrumFractionBits
        var largest = 0
        for i in 0..<layer.blockRows {
            for j in 0..<layer.blockColumns {
                let c = (0..<k).map { Double(layer.weights[(i * layer.blockColumns + j) * k + $0]) / 256 }
                let dft = FFTTests.directDFT(c)
                for f in 0...(k / 2) {
                    let (re, im) = layer.spectrumBin(blockRow: i, blockColumn: j, bin: f)
                    #expect(abs(Double(re) - dft[f].0 * Double.pow2(g)) <= 0.5 + 1e-6, "k \(k) block (\(i), \(j)) bin \(f)")
                    #expect(abs(Double(im) - dft[f].1 * Double.pow2(g)) <= 0.5 + 1e-6, "k \(k) block (\(i), \(j)) bin \(f)")
                    if f == 0 || 2 * f == k { #expect(im == 0) }
                    largest = max(largest, abs(Int(re)), abs(Int(im)))
                }
            }
        }
        #expect(largest >= 16384 && largest <= 32767, "largest part \(largest) with G = \(g)")
    }

    @Test func generatorIsDeterministicAndSharesActivations() throws {
        let spec = try WorkloadCatalog.layer(named: "alexnet-fc8")
        let a = try CirCNNLayer.generate(spec: spec, seed: 7)
        let b = try CirCNNLayer.generate(spec: spec, seed: 7)
        #expect(a == b)
        #expect(a.blockSize == 4 && a.rows == 1000 && a.columns == 4096 && a.relu)
        #expect(a.activations == (try LayerGenerator.generate(spec, format: .default, seed: 7)).activations)
        let c = try CirCNNLayer.generate(spec: spec, seed: 8)
        #expect(c.weights != a.weights && c.activations != a.activations)
        // Weights: codes in [-h, h - 1], h = floor(128 / sqrt(4)) = 64, and both ends reached.
        #expect(a.weights.min() == -64 && a.weights.max() == 63)
        let override = try CirCNNLayer.generate(spec: spec, blockSize: 16, seed: 7)
        #expect(override.blockSize == 16 && override.activations == a.activations)
        // PermDNN's p (spec.blockSize, which `--p` also sets) does not move the inputs either: the
        // three engines see one vector per workload and seed.
        #expect(a.activations == (try LayerGenerator.activations(spec, format: .default, seed: 7)))
        for p in [2, 5, 16, 64] {
            var other = spec
            other.blockSize = p
            #expect(try CirCNNLayer.generate(spec: other, seed: 7).activations == a.activations, "p = \(p)")
            #expect(try LayerGenerator.generate(other, format: .default, seed: 7).activations == a.activations, "p = \(p)")
        }
        // The stream is labelled "circnn/" + name: the first draw reproduces the first weight.
        var rng = SplitMix64(seed: SplitMix64.derive(seed: 7, label: "circnn/alexnet-fc8"))
        #expect(a.weights[0] == Int16(-64 + rng.uniformInt(below: 128)))
    }

    @Test func generatorRangeMatchesPermDNNAtBlockSizeOne() {
        #expect(CirCNNLayer.weightRange(blockSize: 1, fractionBits: 8) == (-128, 256))
        #expect(CirCNNLayer.weightRange(blockSize: 8, fractionBits: 8) == (-45, 90))
        #expect(CirCNNLayer.weightRange(blockSize: 64, fractionBits: 8) == (-16, 32))
        #expect(CirCNNLayer.weightRange(blockSize: 64, fractionBits: 1) == (-1, 2))
        #expect(CirCNNLayer.weightRange(blockSize: 4, fractionBits: 0) == (-1, 3))
        for value in [0, 1, 2, 3, 4, 15, 16, 17, 1 << 28, (1 << 28) - 1] {
            let root = CirCNNLayer.integerSquareRoot(value)
            #expect(root * root <= value && (root + 1) * (root + 1) > value, "\(value)")
        }
    }

    /// A dense matrix that is already block-circulant projects onto itself with no loss.
    @Test func projectionOfACirculantMatrixIsExact() throws {
        let source = try TimingTests.layer(rows: 11, columns: 14, k: 4, seed: 5)
        var values = [Double]()
        for row in 0..<11 {
            for column in 0..<14 { values.append(Double(source.weight(row: row, column: column)) / 256) }
        }
        let dense = NpyArray(shape: [11, 14], dtype: .float32, values: values)
        let projected = try CirCNNLayer.fromDense(weights: dense, blockSize: 4, activations: source.activations, relu: false, name: "c.npy")
        let report = try #require(projected.projection)
        #expect(report.relativeError < 1e-12 && report.quantizationError < 1e-12 && report.saturatedWeights == 0)
        #expect(abs(report.retainedEnergy - 1) < 1e-12)
        for row in 0..<11 {
            for column in 0..<14 { #expect(projected.weight(row: row, column: column) == source.weight(row: row, column: column)) }
        }
        let integer = NpyArray(shape: [11, 14], dtype: .int16, values: values.map { $0 * 256 })
        #expect(try CirCNNLayer.fromDense(weights: integer, blockSize: 4, activations: source.activations, relu: false, name: "i.npy").weights
            == projected.weights)
    }

    /// For random dense matrices the projection keeps each wrapped diagonal's mean (the
    /// least-squares value of a parameter shared by those entries) and reports its residual.
    @Test func projectionIsTheLeastSquaresCirculant() throws {
        var rng = SplitMix64(seed: 99)
        let m = 10, n = 7, k = 4
        let values = (0..<(m * n)).map { _ in rng.uniformUnit() - 0.5 }
        let dense = NpyArray(shape: [m, n], dtype: .float32, values: values)
        let layer = try CirCNNLayer.fromDense(weights: dense, blockSize: k, activations: [Int16](repeating: 1, count: n),
                                              relu: false, format: FixedPointFormat(fractionBits: 14, accumulatorBits: 40), name: "r.npy")
        let report = try #require(layer.projection)
        // Recompute the residual with real-valued means.
        var energy = 0.0, residual = 0.0
        var means = [[Double]](repeating: [Double](repeating: 0, count: k), count: layer.blockRows * layer.blockColumns)
        var counts = means
        for r in 0..<m {
            for s in 0..<n {
                let block = (r / k) * layer.blockColumns + s / k, d = ((r % k) - (s % k) + k) % k
                means[block][d] += values[r * n + s]
                counts[block][d] += 1
            }
        }
        for r in 0..<m {
            for s in 0..<n {
                let block = (r / k) * layer.blockColumns + s / k, d = ((r % k) - (s % k) + k) % k
                let mean = means[block][d] / counts[block][d]
                energy += values[r * n + s] * values[r * n + s]
                residual += (values[r * n + s] - mean) * (values[r * n + s] - mean)
                // Weights are the quantised means (14 fraction bits).
                #expect(abs(Double(layer.weight(row: r, column: s)) / 16384 - mean) <= 0.5 / 16384 + 1e-12)
            }
        }
        #expect(abs(report.relativeError - (residual / energy).squareRoot()) < 1e-12)
        #expect(abs(report.retainedEnergy - (1 - residual / energy)) < 1e-12)
        #expect(report.relativeError > 0.5, "a random matrix is far from circulant")
    }

    @Test func projectionRejectsBadInput() {
        let nan = NpyArray(shape: [2, 2], dtype: .float32, values: [1, .nan, 0, 0])
        #expect(throws: WorkloadError.invalid(field: "weights", rule: "value at [0, 1] is nan (weights must be finite)", location: "w.npy")) {
            _ = try CirCNNLayer.fromDense(weights: nan, blockSize: 2, activations: [1, 1], relu: false, name: "w.npy")
        }
        let flat = NpyArray(shape: [4], dtype: .float32, values: [1, 2, 3, 4])
        #expect(throws: WorkloadError.self) {
            _ = try CirCNNLayer.fromDense(weights: flat, blockSize: 2, activations: [1, 1], relu: false, name: "w.npy")
        }
        let dense = NpyArray(shape: [2, 2], dtype: .float32, values: [1, 2, 3, 4])
        #expect(throws: WorkloadError.self) {
            _ = try CirCNNLayer.fromDense(weights: dense, blockSize: 2, activations: [1], relu: false, name: "w.npy")
        }
    }

    @Test func layerRejectsMismatchedArrays() {
        #expect(throws: WorkloadError.invalid(field: "weights", rule: "needs 8 values (Mb x Nb x k first-column entries), got 7")) {
            _ = try CirCNNLayer(name: "x", rows: 3, columns: 5, blockSize: 4, weights: [Int16](repeating: 0, count: 7),
                                activations: [Int16](repeating: 0, count: 5), relu: false, format: .default)
        }
        #expect(throws: WorkloadError.invalid(field: "out", rule: "must be at least 1 (got 0)")) {
            _ = try CirCNNLayer(name: "x", rows: 0, columns: 5, blockSize: 4, weights: [], activations: [], relu: false, format: .default)
        }
    }
}

extension LayerTests {
    @Test func estimatedBytesCountsWeightsSpectraAndInputs() throws {
        let layer = try TimingTests.layer(rows: 13, columns: 21, k: 8)
        let bytes = 2 * layer.weights.count + 4 * layer.spectrumReal.count + 2 * layer.activations.count
        #expect(CirCNNLayer.estimatedBytes(rows: 13, columns: 21, blockSize: 8) == bytes)
        let single = try TimingTests.layer(rows: 3, columns: 5, k: 1)
        #expect(CirCNNLayer.estimatedBytes(rows: 3, columns: 5, blockSize: 1)
            == 2 * single.weights.count + 4 * single.spectrumReal.count + 2 * single.activations.count)
        #expect(CirCNNLayer.estimatedBytes(rows: Int.max / 2, columns: Int.max / 2, blockSize: 1) == Int.max)
    }
}
