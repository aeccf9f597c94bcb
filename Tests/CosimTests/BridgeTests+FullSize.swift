import Foundation
import PermDNNRTL
import Testing

extension SystemCSuite.BridgeTests {
    /// Full-size EIE-suite layers on the default design (32 PEs x 8 lanes): every row's
    /// accumulator and output equal the reference. Prints the load and run times.
    @Test(arguments: [("neuraltalk-we", 600, 4096, 10)])   // alexnet-fc8: LockStepTests.fullSizeEIELayerWholeLayer
    func fullSizeLayerAt32PEs(name: String, m: Int, n: Int, p: Int) throws {
        let info = try buildInfo(2)
        let layer = RandomLayer(m: m, n: n, p: p, seed: 0x5EED_0000 + UInt64(m))
        let model = try Model(build: 2)
        var values = 0
        let load = try seconds { values = try layer.load(into: model, info: info, pes: 32) }
        try model.start(layer.run)
        var cycles: Int64 = 0
        let run = try seconds { try model.check(pdb_run_to_done(model.handle, 1_000_000, &cycles)) }
        let mismatches = try layer.mismatches(in: model, pes: 32)
        #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(5))")
        #expect(cycles > Int64(n / Int(info.word_width)))
        print(String(format: "%@ %dx%d p=%d on 32 PEs: load %d values in %.2f s (%.0f values/s), run %lld cycles in %.3f s (%.0f cycles/s)",
                     name, m, n, p, values, load, Double(values) / load, cycles, run, Double(cycles) / run))
    }
}
