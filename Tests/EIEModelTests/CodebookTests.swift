import EIEModel
import FixedPoint
import Testing
import Workloads

/// Weight sharing by deterministic k-means.
@Suite struct CodebookTests {
    /// EIE's codebook is the k-means PermDNN's codebook4 shares (`WeightSharing`, FixedPoint):
    /// the same fit, entry for entry, iteration for iteration.
    @Test func eieCodebookIsTheSharedKMeans() {
        var rng = SplitMix64(seed: 11)
        for bits in [2, 4] {
            let codes = (0..<3000).map { _ in Int16(rng.uniformInt(below: 4001)) - 2000 }
            #expect(EIECodebook.fit(codes: codes, codebookBits: bits) == WeightSharing.fit(codes: codes, codebookBits: bits))
            let fit = EIECodebook.fit(codes: codes, codebookBits: bits)
            for code in codes.prefix(50) {
                #expect(EIECodebook.nearestIndex(of: code, in: fit.codebook) == WeightSharing.nearestIndex(of: code, in: fit.codebook))
            }
        }
    }

    /// Three clear clusters with a 2-bit codebook: the centroids are the rounded cluster means.
    @Test func knownClusters() {
        let fit = EIECodebook.fit(codes: [-50, -50, -52, 10, 12, 100, 102], codebookBits: 2)
        #expect(fit.codebook == [0, -51, 11, 101])
        #expect(fit.converged)
        #expect(EIECodebook.nearestIndex(of: -52, in: fit.codebook) == 1)
        #expect(EIECodebook.nearestIndex(of: 56, in: fit.codebook) == 2)   // 45 from 11, 45 from 101: lower index
        #expect(EIECodebook.nearestIndex(of: 57, in: fit.codebook) == 3)
    }

    /// Same codes, any order, any number of runs: the same codebook and iteration count.
    @Test func deterministicAndOrderIndependent() {
        var rng = SplitMix64(seed: 42)
        let codes = (0..<5000).map { _ in Int16(rng.uniformInt(below: 2001)) - 1000 }
        var shuffled = codes
        for i in shuffled.indices.reversed() where i > 0 { shuffled.swapAt(i, rng.uniformInt(below: i + 1)) }
        let first = EIECodebook.fit(codes: codes, codebookBits: 4)
        #expect(EIECodebook.fit(codes: codes, codebookBits: 4) == first)
        #expect(EIECodebook.fit(codes: shuffled, codebookBits: 4) == first)
        #expect(first.codebook.count == 16 && first.codebook[0] == 0)
        #expect(zip(first.codebook.dropFirst(), first.codebook.dropFirst(2)).allSatisfy { $0 <= $1 }, "centroids sorted")
        #expect(first.iterations >= 1 && first.iterations <= EIECodebook.maxIterations)
    }

    /// At most 15 distinct values: each gets its own centroid, so sharing loses nothing.
    @Test func fewDistinctValuesAreExact() {
        let codes: [Int16] = [-7, 3, 3, 9, 120, -7, 64]
        let fit = EIECodebook.fit(codes: codes, codebookBits: 4)
        for code in codes {
            #expect(fit.codebook[Int(EIECodebook.nearestIndex(of: code, in: fit.codebook))] == code)
        }
    }

    /// The iteration cap is respected and reported.
    @Test func iterationCap() {
        var rng = SplitMix64(seed: 7)
        let codes = (0..<2000).map { _ in Int16(rng.uniformInt(below: 30000)) - 15000 }
        let capped = EIECodebook.fit(codes: codes, codebookBits: 4, maxIterations: 1)
        #expect(capped.iterations == 1)
        #expect(!capped.converged)
        let free = EIECodebook.fit(codes: codes, codebookBits: 4)
        #expect(free.converged)
        #expect(free.codebook != capped.codebook)
    }

    /// Weights bunched near zero with a few outliers: the even start over [min, max] leaves
    /// clusters empty; splitting the cluster of largest error fills every one, so all 15 codes
    /// serve weights and the squared error is below the old codebook's.
    @Test func everyCodeServesWhenThereAreEnoughValues() {
        var rng = SplitMix64(seed: 9)
        var codes = (0..<4000).map { _ in Int16(rng.uniformInt(below: 201)) - 100 }
        codes += [-3000, -2990, 2990, 3000]
        let fit = EIECodebook.fit(codes: codes, codebookBits: 4)
        let used = Set(codes.map { EIECodebook.nearestIndex(of: $0, in: fit.codebook) })
        #expect(used.count == 15, "codes used: \(used.sorted())")
        #expect(Set(fit.codebook.dropFirst()).count == 15, "\(fit.codebook)")
        #expect(zip(fit.codebook.dropFirst(), fit.codebook.dropFirst(2)).allSatisfy { $0 < $1 }, "centroids sorted")
        // The even start over [min, max] alone leaves most codes without a weight.
        let start: [Int16] = [0] + (0..<15).map { k in Int16(-3000 + 6000 * k / 14) }
        let startUsed = Set(codes.map { EIECodebook.nearestIndex(of: $0, in: start) })
        #expect(startUsed.count < 15)
        func squaredError(_ codebook: [Int16]) -> Int {
            codes.reduce(0) { total, code in
                let d = Int(code) - Int(codebook[Int(EIECodebook.nearestIndex(of: code, in: codebook))])
                return total + d * d
            }
        }
        #expect(squaredError(fit.codebook) < squaredError(start))
    }

    /// Fewer distinct values than codes: each value keeps its own centroid, no crash, and the
    /// codes that cannot serve stay put.
    @Test func fewerDistinctValuesThanCodes() {
        let codes: [Int16] = [-500, -500, 0, 1, 2, 700]
        let fit = EIECodebook.fit(codes: codes, codebookBits: 4)
        #expect(fit.converged)
        for code in codes { #expect(fit.codebook[Int(EIECodebook.nearestIndex(of: code, in: fit.codebook))] == code) }
    }

    @Test func emptyInput() {
        #expect(EIECodebook.fit(codes: [], codebookBits: 3).codebook == [Int16](repeating: 0, count: 8))
    }
}
