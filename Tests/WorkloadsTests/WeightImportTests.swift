import Testing
@testable import Workloads

struct WeightImportTests {
    /// A generated matrix with padding in both directions (m = 14, n = 21, p = 4).
    private func knownMatrix(_ source: PermutationSource = .stored) throws -> PermutedDiagonalMatrix {
        let spec = LayerSpec(name: "known", inputs: 21, outputs: 14, weightDensity: 0.25, blockSize: 4, permutation: source)
        return try LayerGenerator.generateWeights(spec, format: format8, seed: 21)
    }

    @Test(arguments: [NpyDType.float32, .int16])
    func exactlyPermutedDiagonalMatrixProjectsBackUnchanged(dtype: NpyDType) throws {
        let matrix = try knownMatrix()
        // int16 files hold raw fixed-point codes; float files hold reals.
        let values = denseReals(matrix).map { dtype == .int16 ? $0 * 256 : $0 }
        let dense = NpyArray(shape: [14, 21], dtype: dtype, values: values, name: "pd.npy")
        let (projected, report) = try WeightImport.project(dense: dense, blockSize: 4, format: format8, permutation: .stored, name: "pd.npy")
        #expect(projected == matrix)
        #expect(report == ProjectionReport(relativeError: 0, retainedEnergy: 1, quantizationError: 0, saturatedWeights: 0))
    }

    @Test func formulaProjectionKeepsFormulaDiagonals() throws {
        let matrix = try knownMatrix(.formula)
        let dense = NpyArray(shape: [14, 21], dtype: .float32, values: denseReals(matrix))
        let (projected, report) = try WeightImport.project(dense: dense, blockSize: 4, format: format8, permutation: .formula, name: "f.npy")
        #expect(projected == matrix)
        #expect(projected.permutationSource == .formula)
        #expect(report.relativeError == 0)
    }

    @Test func handComputedTwoByTwo() throws {
        // k = 0 keeps 1 and 4 (energy 17), k = 1 would keep 2 and 3 (energy 13).
        let dense = NpyArray(shape: [2, 2], dtype: .float32, values: [1, 2, 3, 4])
        let (matrix, report) = try WeightImport.project(dense: dense, blockSize: 2, format: format8, permutation: .stored, name: "w.npy")
        #expect(matrix.permutation == [0])
        #expect(matrix.weights == [256, 1024])
        #expect(report.retainedEnergy == 17.0 / 30.0)
        #expect(report.relativeError == (13.0 / 30.0).squareRoot())
        #expect(report.quantizationError == 0 && report.saturatedWeights == 0)
        // The other diagonal wins when it holds more energy: slot t holds row (t - 1) mod 2.
        let flipped = NpyArray(shape: [2, 2], dtype: .float32, values: [1, 4, 3, 2])
        let (other, _) = try WeightImport.project(dense: flipped, blockSize: 2, format: format8, permutation: .stored, name: "w.npy")
        #expect(other.permutation == [1])
        #expect(other.weights == [768, 1024])
    }

    @Test func tiesGoToSmallestK() throws {
        let dense = NpyArray(shape: [3, 3], dtype: .float32, values: Array(repeating: 0.5, count: 9))
        let (matrix, report) = try WeightImport.project(dense: dense, blockSize: 3, format: format8, permutation: .stored, name: "w.npy")
        #expect(matrix.permutation == [0])
        #expect(abs(report.retainedEnergy - 1.0 / 3) < 1e-15)
    }

    @Test func randomDenseMatrixLosesSomethingButKeepsTheBestDiagonal() throws {
        var rng = SplitMix64(seed: 77)
        let values = (0..<(24 * 40)).map { _ in rng.uniformUnit() * 2 - 1 }
        let dense = NpyArray(shape: [24, 40], dtype: .float32, values: values.map { Double(Float($0)) })
        for p in [2, 4, 5, 7] {
            let (matrix, report) = try WeightImport.project(dense: dense, blockSize: p, format: format8, permutation: .stored, name: "r.npy")
            #expect(report.relativeError > 0 && report.relativeError < 1)
            #expect(report.retainedEnergy >= 1.0 / Double(p))
            #expect(abs(report.relativeError * report.relativeError + report.retainedEnergy - 1) < 1e-12)
            #expect(report.quantizationError > 0 && report.quantizationError < 0.01)
            #expect(matrix.rows == 24 && matrix.columns == 40 && matrix.blockSize == p)
            // Each kept weight is the quantised dense entry at its position.
            for row in 0..<24 {
                for column in 0..<40 where matrix.weight(row: row, column: column) != 0 {
                    #expect(matrix.weight(row: row, column: column) == format8.quantize(dense.values[row * 40 + column]))
                }
            }
        }
    }

    @Test func saturationIsCounted() throws {
        let dense = NpyArray(shape: [1, 2], dtype: .float32, values: [200, -0.5])
        let (matrix, report) = try WeightImport.project(dense: dense, blockSize: 1, format: format8, permutation: .stored, name: "s.npy")
        #expect(matrix.weights == [Int16.max, -128])
        #expect(report.saturatedWeights == 1)
        #expect(report.quantizationError > 0)
        #expect(report.relativeError == 0)
    }

    @Test func allZeroMatrixReportsNoLoss() throws {
        let dense = NpyArray(shape: [4, 6], dtype: .float32, values: Array(repeating: 0, count: 24))
        let (matrix, report) = try WeightImport.project(dense: dense, blockSize: 3, format: format8, permutation: .stored, name: "z.npy")
        #expect(report == ProjectionReport(relativeError: 0, retainedEnergy: 1, quantizationError: 0, saturatedWeights: 0))
        #expect(matrix.weights.allSatisfy { $0 == 0 })
    }

    @Test func nonFiniteWeightsAreRejectedWithPosition() {
        var values = Array(repeating: 0.25, count: 12)
        values[1 * 4 + 2] = .nan
        let dense = NpyArray(shape: [3, 4], dtype: .float32, values: values)
        #expect(message { _ = try WeightImport.project(dense: dense, blockSize: 2, format: format8, permutation: .stored, name: "w.npy") }
            == "w.npy: weights: value at [1, 2] is nan (weights must be finite)")
        values[1 * 4 + 2] = 0
        values[11] = -.infinity
        let infinite = NpyArray(shape: [3, 4], dtype: .float32, values: values)
        #expect(message { _ = try WeightImport.project(dense: infinite, blockSize: 2, format: format8, permutation: .stored, name: "w.npy") }
            == "w.npy: weights: value at [2, 3] is -inf (weights must be finite)")
    }

    @Test func badShapesAndBlockSizesAreRejected() {
        let vector = NpyArray(shape: [6], dtype: .float32, values: Array(repeating: 1, count: 6))
        #expect(message { _ = try WeightImport.project(dense: vector, blockSize: 2, format: format8, permutation: .stored, name: "v.npy") }
            == "v.npy: weights: a dense matrix must be 2-D out x in with both sizes at least 1 (got shape (6,))")
        let dense = NpyArray(shape: [2, 3], dtype: .float32, values: Array(repeating: 1, count: 6))
        #expect(message { _ = try WeightImport.project(dense: dense, blockSize: 0, format: format8, permutation: .stored, name: "d.npy") }
            == "d.npy: p: must be in 1...3 (the matrix's larger dimension), got 0")
        #expect(message { _ = try WeightImport.project(dense: dense, blockSize: 4, format: format8, permutation: .stored, name: "d.npy") }
            .hasPrefix("d.npy: p: must be in 1...3"))
        let short = NpyArray(shape: [2, 3], dtype: .float32, values: [1, 2])
        #expect(message { _ = try WeightImport.project(dense: short, blockSize: 1, format: format8, permutation: .stored, name: "s.npy") }
            == "s.npy: weights: shape (2, 3) needs 2 x 3 values, got 2")
    }

    // MARK: - Direct import

    private func directArrays(_ matrix: PermutedDiagonalMatrix, kDType: NpyDType = .int32) -> (NpyArray, NpyArray) {
        let weights = NpyArray(shape: [matrix.blockRows, matrix.blockColumns, matrix.blockSize], dtype: .int16,
                               values: matrix.weights.map(Double.init), name: "w.npy")
        let k = NpyArray(shape: [matrix.blockRows, matrix.blockColumns], dtype: kDType, values: matrix.permutation.map(Double.init), name: "k.npy")
        return (weights, k)
    }

    @Test(arguments: [NpyDType.int32, .int64, .float32, .int16])
    func directRoundTrip(kDType: NpyDType) throws {
        let matrix = try knownMatrix()
        let (weights, k) = directArrays(matrix, kDType: kDType)
        let imported = try WeightImport.direct(weights: weights, permutation: k, rows: 14, columns: 21, format: format8, name: "w.npy")
        #expect(imported == matrix)
        // Through real .npy bytes as well, with float weights holding reals.
        let realWeights = try NpyArray.read(data: NpyWriter.write(shape: weights.shape, dtype: .float32, values: matrix.weights.map { Double($0) / 256 }), name: "w.npy")
        let kFile = try NpyArray.read(data: NpyWriter.write(shape: k.shape, dtype: kDType, values: k.values), name: "k.npy")
        #expect(try WeightImport.direct(weights: realWeights, permutation: kFile, rows: 14, columns: 21, format: format8, name: "w.npy") == matrix)
    }

    @Test func directDefaultsToFullBlocks() throws {
        let weights = NpyArray(shape: [1, 2, 2], dtype: .float32, values: [0.5, -0.5, 0.25, 1])
        let k = NpyArray(shape: [1, 2], dtype: .int16, values: [1, 0])
        let matrix = try WeightImport.direct(weights: weights, permutation: k, rows: nil, columns: nil, format: format8, name: "w.npy")
        #expect(matrix.rows == 2 && matrix.columns == 4 && matrix.blockSize == 2)
        #expect(matrix.weights == [128, -128, 64, 256])
        #expect(matrix.weight(row: 1, column: 0) == 128)  // t = 0, k = 1: row (0 - 1) mod 2 = 1
    }

    @Test func directRejectsBadInput() throws {
        let matrix = try knownMatrix()
        let (weights, k) = directArrays(matrix)
        var values = k.values
        values[5] = 1.5
        #expect(message { _ = try WeightImport.direct(weights: weights, permutation: NpyArray(shape: k.shape, dtype: .float32, values: values, name: "k.npy"), rows: 14, columns: 21, format: format8, name: "w.npy") }
            == "k.npy: k: value 1.5 at [0, 5] must be an integer in [0, 4)")
        values[5] = 4
        #expect(message { _ = try WeightImport.direct(weights: weights, permutation: NpyArray(shape: k.shape, dtype: .int32, values: values, name: "k.npy"), rows: 14, columns: 21, format: format8, name: "w.npy") }
            == "k.npy: k: value 4.0 at [0, 5] must be an integer in [0, 4)")
        #expect(message { _ = try WeightImport.direct(weights: weights, permutation: k, rows: 12, columns: 21, format: format8, name: "w.npy") }
            == "w.npy: out: must be in 13...16 for 4 block-rows of p = 4 (got 12)")
        #expect(message { _ = try WeightImport.direct(weights: weights, permutation: k, rows: 14, columns: 25, format: format8, name: "w.npy") }
            == "w.npy: in: must be in 21...24 for 6 block-columns of p = 4 (got 25)")
        let wrongK = NpyArray(shape: [4, 5], dtype: .int32, values: Array(repeating: 0, count: 20), name: "k.npy")
        #expect(message { _ = try WeightImport.direct(weights: weights, permutation: wrongK, rows: nil, columns: nil, format: format8, name: "w.npy") }
            == "k.npy: k: must have shape (Mb, Nb) = (4, 6) to match the weights (got (4, 5))")
        let flat = NpyArray(shape: [24, 4], dtype: .int16, values: weights.values, name: "w.npy")
        #expect(message { _ = try WeightImport.direct(weights: flat, permutation: k, rows: nil, columns: nil, format: format8, name: "w.npy") }
            .hasPrefix("w.npy: weights: with k, weights must have shape (Mb, Nb, p)"))
        var nan = weights.values
        nan[7] = .nan
        #expect(message { _ = try WeightImport.direct(weights: NpyArray(shape: weights.shape, dtype: .float32, values: nan), permutation: k, rows: 14, columns: 21, format: format8, name: "w.npy") }
            == "w.npy: weights: value at [0, 1, 3] is nan (weights must be finite)")
    }

    @Test func directRejectsWeightsInPadding() throws {
        // 1 x 1 block of p = 2, k = 0: slot 1 sits at row 1, column 1; with rows = 1 it is padding.
        let weights = NpyArray(shape: [1, 1, 2], dtype: .float32, values: [0.5, 0.25])
        let k = NpyArray(shape: [1, 1], dtype: .int32, values: [0])
        #expect(message { _ = try WeightImport.direct(weights: weights, permutation: k, rows: 1, columns: 2, format: format8, name: "w.npy") }
            == "w.npy: weights: value at [0, 0, 1] lies in padding (row 1, column 1 of a 1 x 2 layer) and must be 0")
    }

    @Test func directFormulaSourceChecksTheFormula() throws {
        let matrix = try knownMatrix(.formula)
        let (weights, k) = directArrays(matrix)
        #expect(try WeightImport.direct(weights: weights, permutation: k, rows: 14, columns: 21, format: format8, name: "w.npy", permutationSource: .formula) == matrix)
        let stored = try knownMatrix(.stored)
        let (storedWeights, storedK) = directArrays(stored)
        #expect(message { _ = try WeightImport.direct(weights: storedWeights, permutation: storedK, rows: 14, columns: 21, format: format8, name: "w.npy", permutationSource: .formula) }
            .contains("differs from the formula"))
    }

    // MARK: - Activations

    @Test func activationShapes() throws {
        for shape in [[3], [1, 3], [3, 1]] {
            let array = NpyArray(shape: shape, dtype: .float32, values: [0.5, 0, -1])
            #expect(try WeightImport.activations(array, expected: 3, format: format8) == [128, 0, -256])
        }
        let codes = NpyArray(shape: [3], dtype: .int16, values: [5, 0, -7])
        #expect(try WeightImport.activations(codes, expected: 3, format: format8) == [5, 0, -7])
        let wrong = NpyArray(shape: [2, 3], dtype: .float32, values: Array(repeating: 0, count: 6), name: "x.npy")
        #expect(message { _ = try WeightImport.activations(wrong, expected: 3, format: format8) }
            == "x.npy: activations: must have shape (3,), (1, 3) or (3, 1) to match the layer's in = 3 (got (2, 3))")
        let nan = NpyArray(shape: [5], dtype: .float32, values: [0, 1, 2, .nan, 4], name: "x.npy")
        #expect(message { _ = try WeightImport.activations(nan, expected: 5, format: format8) }
            == "x.npy: activations: value at index 3 is nan (activations must be finite)")
    }
}
