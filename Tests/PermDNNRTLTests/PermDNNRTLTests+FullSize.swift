import Foundation
import PermDNNRTL
import Testing

extension PermDNNRTLTests {
    /// Full-size EIE-suite layers on the default design (32 PEs x 8 lanes): every row's
    /// accumulator and output equal the reference. Prints the load and run times.
    @Test(arguments: [("alexnet-fc8", 1000, 4096, 4), ("neuraltalk-we", 600, 4096, 10)])
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

    /// Simulation speed through the bridge: `pdb_step(1)` in a loop, without and with reading
    /// every PE's state each cycle. Set PERMDNN_RTL_BENCH=1 to run it (it prints, it checks the
    /// results only).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PERMDNN_RTL_BENCH"] != nil),
          arguments: [(1, 128, 256, 4), (2, 1000, 4096, 4)])
    func simulationSpeed(build: Int32, m: Int, n: Int, p: Int) throws {
        let info = try buildInfo(build)
        let pes = Int(info.pes)
        let layer = RandomLayer(m: m, n: n, p: p, seed: 7)
        let model = try Model(build: build)
        try layer.load(into: model, info: info, pes: pes)
        var states = [pdb_pe_state](repeating: pdb_pe_state(), count: pes)
        for readStates in [false, true] {
            var total: Int64 = 0
            let time = try seconds {
                while total < 20_000 {
                    try model.start(layer.run)
                    var engine = pdb_engine_state()
                    while true {
                        if readStates { try model.check(pdb_pe_states_get(model.handle, 0, Int32(pes), &states)) }
                        try model.check(pdb_engine_state_get(model.handle, &engine))
                        if engine.done != 0 { break }
                        try model.check(pdb_step(model.handle, 1))
                        total += 1
                    }
                }
            }
            #expect(try layer.mismatches(in: model, pes: pes).isEmpty)
            print(String(format: "%@: %lld cycles in %.2f s: %.0f cycles/s %@", String(cString: info.name), total, time,
                         Double(total) / time, readStates ? "(reading all \(pes) PEs every cycle)" : "(pdb_step only)"))
        }
    }
}
