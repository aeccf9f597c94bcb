import Foundation
import PermDNNRTL
import Testing

/// A random permuted-diagonal layer (seeded), mapped onto a build as the `--cc` testbench maps
/// it (block-row r on PE r mod pes), with its reference result computed here.
struct RandomLayer {
    let m: Int, n: Int, p: Int
    let fracBits: Int, relu: Bool
    let k: [[Int16]]          // [r][c]
    let w: [[Int16]]          // [r][j]: the non-zero of column j in block-row r
    let x: [Int16]

    var mb: Int { (m + p - 1) / p }
    var nb: Int { (n + p - 1) / p }

    init(m: Int, n: Int, p: Int, seed: UInt64, zeroFraction: Double = 0.25, fracBits: Int = 8, relu: Bool = true) {
        var state = seed
        func next() -> UInt64 {   // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func value() -> Int16 { Int16(Int(next() % 401) - 200) }
        self.m = m
        self.n = n
        self.p = p
        self.fracBits = fracBits
        self.relu = relu
        let mb = (m + p - 1) / p, nb = (n + p - 1) / p
        k = (0..<mb).map { _ in (0..<nb).map { _ in Int16(next() % UInt64(p)) } }
        w = (0..<mb).map { _ in (0..<n).map { _ in value() } }
        x = (0..<n).map { _ in Double(next() % 1000) / 1000 < zeroFraction ? 0 : value() }
    }

    /// Accumulator of row r*p + i: column t of block (r, c) lands in row (t - k) mod p.
    func accumulators() -> [Int64] {
        var acc = [Int64](repeating: 0, count: mb * p)
        for r in 0..<mb {
            for j in 0..<n {
                let c = j / p, t = j % p
                let i = ((t - Int(k[r][c])) % p + p) % p
                acc[r * p + i] += Int64(w[r][j]) * Int64(x[j])
            }
        }
        return acc
    }

    func output(_ acc: Int64) -> Int16 {
        var v = relu ? max(acc, 0) : acc
        if fracBits > 0 { v = (v + (Int64(1) << (fracBits - 1))) >> fracBits }
        return Int16(clamping: v)
    }

    var run: pdb_run {
        pdb_run(n: Int32(n), first_word: 0, end_column: Int32(n), continue_group: 0, drain: 1, p: Int32(p),
                frac_bits: Int32(fracBits), relu: relu ? 1 : 0, formula: 0)
    }

    /// B_e of each PE of the build when the layer runs on `pes` of them.
    func blockRows(pes: Int, buildPEs: Int) -> [Int] {
        (0..<buildPEs).map { e in e < min(pes, mb) ? (mb - e + pes - 1) / pes : 0 }
    }

    /// Loads the activations, B_e, weights and permutation words; returns the load-port values.
    @discardableResult
    func load(into model: Model, info: pdb_build_info, pes: Int) throws -> Int {
        let lanes = Int(info.multipliers)
        var values = n
        try model.check(pdb_load_activations(model.handle, x, Int32(n)))
        for (e, b) in blockRows(pes: pes, buildPEs: Int(info.pes)).enumerated() {
            try model.check(pdb_load_block_rows(model.handle, Int32(e), Int32(b)))
            values += 1
            if b == 0 { continue }
            let slots = (b + lanes - 1) / lanes
            func globalRow(_ local: Int) -> Int { local * pes + e }
            var weights = [Int16](repeating: 0, count: n * slots * lanes)
            for j in 0..<n {
                for local in 0..<b { weights[(j * slots) * lanes + local] = w[globalRow(local)][j] }
            }
            try model.check(pdb_load_weights(model.handle, Int32(e), weights, Int32(n * slots)))
            var permutation = [Int16](repeating: 0, count: nb * slots * lanes)
            for c in 0..<nb {
                for local in 0..<b { permutation[(c * slots) * lanes + local] = k[globalRow(local)][c] }
            }
            try model.check(pdb_load_permutation(model.handle, Int32(e), permutation, Int32(nb * slots)))
            values += weights.count + permutation.count
        }
        return values
    }

    /// Compares every row's accumulator and output with the reference; returns the mismatches.
    func mismatches(in model: Model, pes: Int) throws -> [String] {
        let expected = accumulators()
        var found: [String] = []
        for r in 0..<mb {
            let e = r % pes, local = r / pes
            for i in 0..<p where r * p + i < m {
                let row = try model.row(pe: Int32(e), local: Int32(local * p + i))
                if row.accumulator != expected[r * p + i] || row.output != output(expected[r * p + i]) {
                    found.append("row \(r * p + i): acc \(row.accumulator) out \(row.output), expected \(expected[r * p + i]) \(output(expected[r * p + i]))")
                }
            }
        }
        return found
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let begin = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
}
