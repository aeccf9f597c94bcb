import Foundation
import PermDNNRTL
import Testing

extension SystemCSuite {
/// The co-simulation bridge (`permdnn_bridge.h`) called directly from Swift. Nested in the one
/// serialized `SystemCSuite`: SystemC state is global, so no two tests may overlap.
@Suite struct BridgeTests {
    // MARK: - Build table

    @Test func buildTableDescribesTheGeneratedBuilds() throws {
        #expect(pdb_build_count() == 6)
        let expected: [(String, [Int32])] = [
            ("pe8_mul1_q2_s4_a24", [8, 1, 2, 4, 24, 256, 64, 16, 16]),
            ("pe8_mul3_q4_s16_a32", [8, 3, 4, 16, 32, 256, 64, 16, 16]),
            ("pe32_mul8_q4_s16_a32", [32, 8, 4, 16, 32, 4096, 16, 16, 16]),
            ("pe8_mul3_q4_s16_a32_fixed8", [8, 3, 4, 16, 32, 256, 64, 16, 8]),
            ("pe8_mul1_q2_s4_a24_codebook4", [8, 1, 2, 4, 24, 256, 64, 16, 4]),
            ("pe8_mul3_q4_s16_a32_codebook4", [8, 3, 4, 16, 32, 256, 64, 16, 4]),
        ]
        for (index, (name, values)) in expected.enumerated() {
            let info = try buildInfo(Int32(index))
            #expect(String(cString: info.name) == name)
            let actual = [info.pes, info.multipliers, info.queue_depth, info.word_width, info.acc_bits,
                          info.max_columns, info.max_p, info.max_block_rows, info.weight_bits]
            #expect(actual == values, "build \(name)")
            #expect(info.multipliers <= PDB_MAX_LANES)
        }
        var info = pdb_build_info()
        #expect(pdb_get_build_info(6, &info) == PDB_BAD_ARGUMENT)
        #expect(String(cString: pdb_last_error(nil)).contains("index"))
        #expect(pdb_get_build_info(-1, &info) == PDB_BAD_ARGUMENT)
        #expect(pdb_get_build_info(0, nil) == PDB_BAD_ARGUMENT)
        #expect(String(cString: pdb_last_error(nil)).contains("out"))
    }

    // MARK: - Lifetime

    @Test func twoHundredModelsOneAfterTheOther() throws {
        for round in 0..<200 {
            let build = Int32(round % 2)   // the two small builds, alternately
            let model = try Model(build: build)
            if round % 25 == 0 {
                // A short run in some of them: the tiny layer's cycle count and an output.
                if build == 1 {
                    try TinyLayer.load(model)
                    try model.start(TinyLayer.run)
                    var cycles: Int64 = 0
                    try model.check(pdb_run_to_done(model.handle, 1000, &cycles))
                    #expect(cycles == TinyLayer.cycles, "round \(round)")
                    #expect(try model.row(pe: 1, local: 2).output == 10)
                } else {
                    try model.check(pdb_load_block_rows(model.handle, 0, 0))
                    #expect(pdb_step(model.handle, 0) == PDB_BAD_STATE)   // never started: even 0 edges
                }
            }
        }
    }

    @Test func aSecondModelCannotBeCreatedWhileOneIsAlive() throws {
        let first = try Model(build: 0)
        var second: OpaquePointer? = OpaquePointer(bitPattern: 1)
        #expect(pdb_create(0, nil, &second) == PDB_BAD_STATE)
        #expect(second == nil)
        #expect(String(cString: pdb_last_error(nil)).contains("another model is alive"))
        // The first one is unaffected.
        var state = pdb_engine_state()
        try first.check(pdb_engine_state_get(first.handle, &state))
        #expect(state.busy == 0 && state.done == 0)
        first.destroy()
        let third = try Model(build: 2)
        third.destroy()
    }

    // MARK: - Argument validation

    @Test func everyBadArgumentIsRejectedWithAMessage() throws {
        var model: OpaquePointer?
        #expect(pdb_create(0, nil, nil) == PDB_BAD_ARGUMENT)
        #expect(lastGlobalError().contains("out is NULL"))
        #expect(pdb_create(pdb_build_count(), nil, &model) == PDB_BAD_ARGUMENT)
        #expect(lastGlobalError().contains("build_index"))
        #expect(pdb_create(0, "", &model) == PDB_BAD_ARGUMENT)
        #expect(lastGlobalError().contains("vcd_path"))
        #expect(pdb_create(0, "/nonexistent-directory/x.vcd", &model) != PDB_OK)
        #expect(lastGlobalError().contains("VCD"))
        #expect(model == nil)

        // NULL model: every function.
        var x: [Int16] = [1, 2]
        var engine = pdb_engine_state()
        var pe = pdb_pe_state()
        var acc: Int64 = 0
        var out: Int16 = 0
        var cycles: Int64 = 0
        var run = TinyLayer.run
        let nullCalls: [(String, () -> pdb_status)] = [
            ("load_activations", { pdb_load_activations(nil, &x, 2) }),
            ("load_block_rows", { pdb_load_block_rows(nil, 0, 1) }),
            ("load_weights", { pdb_load_weights(nil, 0, &x, 0) }),
            ("load_permutation", { pdb_load_permutation(nil, 0, &x, 0) }),
            ("start", { pdb_start(nil, &run) }),
            ("step", { pdb_step(nil, 1) }),
            ("run_to_done", { pdb_run_to_done(nil, 10, &cycles) }),
            ("engine_state_get", { pdb_engine_state_get(nil, &engine) }),
            ("pe_states_get", { pdb_pe_states_get(nil, 0, 1, &pe) }),
            ("read_row", { pdb_read_row(nil, 0, 0, &acc, &out) }),
        ]
        for (name, call) in nullCalls {
            #expect(call() == PDB_BAD_ARGUMENT, "\(name)")
            #expect(lastGlobalError().contains("model is NULL"), "\(name)")
        }
        pdb_destroy(nil)

        // Build 1: pe8_mul3_q4_s16_a32 (8 PEs, 3 lanes, MAX_COLUMNS 256, MAX_P 64, MAX_BLOCK_ROWS 16).
        let m = try Model(build: 1)
        let h = m.handle
        let big = [Int16](repeating: 0, count: 257 * 16 * 3)
        let cases: [(String, pdb_status, String, () -> pdb_status)] = [
            ("activations count > MAX_COLUMNS", PDB_BAD_ARGUMENT, "count", { pdb_load_activations(h, big, 257) }),
            ("activations count < 0", PDB_BAD_ARGUMENT, "count", { pdb_load_activations(h, big, -1) }),
            ("activations NULL", PDB_BAD_ARGUMENT, "x is NULL", { pdb_load_activations(h, nil, 3) }),
            ("block rows pe < 0", PDB_BAD_ARGUMENT, "pe", { pdb_load_block_rows(h, -1, 1) }),
            ("block rows pe >= N_PE", PDB_BAD_ARGUMENT, "pe", { pdb_load_block_rows(h, 8, 1) }),
            ("block rows > MAX_BLOCK_ROWS", PDB_BAD_ARGUMENT, "block_rows", { pdb_load_block_rows(h, 0, 17) }),
            ("block rows < 0", PDB_BAD_ARGUMENT, "block_rows", { pdb_load_block_rows(h, 0, -1) }),
            ("weights pe", PDB_BAD_ARGUMENT, "pe", { pdb_load_weights(h, 8, big, 1) }),
            ("weights words", PDB_BAD_ARGUMENT, "words", { pdb_load_weights(h, 0, big, 256 * 6 + 1) }),
            ("weights NULL", PDB_BAD_ARGUMENT, "image is NULL", { pdb_load_weights(h, 0, nil, 1) }),
            ("permutation words < 0", PDB_BAD_ARGUMENT, "words", { pdb_load_permutation(h, 0, big, -2) }),
            ("permutation value >= MAX_P", PDB_BAD_ARGUMENT, "image[4]", { pdb_load_permutation(h, 0, [0, 1, 2, 3, 64, 0], 2) }),
            ("permutation value < 0", PDB_BAD_ARGUMENT, "image[0]", { pdb_load_permutation(h, 0, [-1, 0, 0], 1) }),
            ("start NULL run", PDB_BAD_ARGUMENT, "run is NULL", { pdb_start(h, nil) }),
            ("step never started", PDB_BAD_STATE, "no run was started", { pdb_step(h, 1) }),
            ("run_to_done never started", PDB_BAD_STATE, "no run was started", { pdb_run_to_done(h, 5, &cycles) }),
            ("run_to_done NULL cycles", PDB_BAD_ARGUMENT, "cycles is NULL", { pdb_run_to_done(h, 5, nil) }),
            ("step negative", PDB_BAD_ARGUMENT, "cycles", { pdb_step(h, -1) }),
            ("engine state NULL", PDB_BAD_ARGUMENT, "out is NULL", { pdb_engine_state_get(h, nil) }),
            ("pe states first", PDB_BAD_ARGUMENT, "first", { pdb_pe_states_get(h, -1, 1, &pe) }),
            ("pe states count", PDB_BAD_ARGUMENT, "count", { pdb_pe_states_get(h, 7, 2, &pe) }),
            ("pe states NULL", PDB_BAD_ARGUMENT, "out is NULL", { pdb_pe_states_get(h, 0, 1, nil) }),
            ("read row pe", PDB_BAD_ARGUMENT, "pe", { pdb_read_row(h, 8, 0, &acc, &out) }),
            ("read row local_row", PDB_BAD_ARGUMENT, "local_row", { pdb_read_row(h, 0, 16 * 64, &acc, &out) }),
            ("read row NULL accumulator", PDB_BAD_ARGUMENT, "accumulator is NULL", { pdb_read_row(h, 0, 0, nil, &out) }),
            ("read row NULL output", PDB_BAD_ARGUMENT, "output is NULL", { pdb_read_row(h, 0, 0, &acc, nil) }),
        ]
        for (name, status, fragment, call) in cases {
            #expect(call() == status, "\(name)")
            let message = String(cString: pdb_last_error(h))
            #expect(message.contains(fragment), "\(name): \(message)")
        }

        // Run configurations: one bad field at a time.
        let runCases: [(String, String, (inout pdb_run) -> Void)] = [
            ("n = 0", "run.n", { $0.n = 0 }),
            ("n > MAX_COLUMNS", "run.n", { $0.n = 257; $0.end_column = 257 }),
            ("end_column > n", "run.end_column", { $0.end_column = 7 }),
            ("end_column = 0", "run.end_column", { $0.end_column = 0 }),
            ("first_word past the chunk", "run.first_word", { $0.first_word = 1 }),
            ("first_word < 0", "run.first_word", { $0.first_word = -1 }),
            ("p = 0", "run.p", { $0.p = 0 }),
            ("p > MAX_P", "run.p", { $0.p = 65 }),
            ("frac < 0", "run.frac_bits", { $0.frac_bits = -1 }),
            ("frac > 15", "run.frac_bits", { $0.frac_bits = 16 }),
            ("relu = 2", "run.relu", { $0.relu = 2 }),
            ("formula = -1", "run.formula", { $0.formula = -1 }),
            ("drain = 3", "run.drain", { $0.drain = 3 }),
            ("continue_group = 2", "run.continue_group", { $0.continue_group = 2 }),
            ("a shift on a fixed16 build", "run.weight_shift", { $0.weight_shift = 1 }),
            ("codebook entry 0", "run.codebook[0]", { $0.codebook.0 = 3 }),
            ("a codebook on a fixed16 build", "run.codebook[5]", { $0.codebook.5 = 3 }),
        ]
        for (name, fragment, change) in runCases {
            var bad = TinyLayer.run
            change(&bad)
            #expect(pdb_start(h, &bad) == PDB_BAD_ARGUMENT, "\(name)")
            let message = String(cString: pdb_last_error(h))
            #expect(message.contains(fragment), "\(name): \(message)")
        }

        // Loading or starting while a run is busy; stepping past done.
        try TinyLayer.load(m)
        try m.check(pdb_start(h, &run))
        try m.check(pdb_step(h, 2))
        #expect(pdb_load_activations(h, x, 2) == PDB_BAD_STATE)
        #expect(String(cString: pdb_last_error(h)).contains("in progress"))
        #expect(pdb_load_block_rows(h, 0, 1) == PDB_BAD_STATE)
        #expect(pdb_load_weights(h, 0, x, 0) == PDB_BAD_STATE)
        #expect(pdb_start(h, &run) == PDB_BAD_STATE)
        #expect(pdb_run_to_done(h, 3, &cycles) == PDB_BAD_STATE)
        #expect(String(cString: pdb_last_error(h)).contains("max_cycles"))
        try m.check(pdb_run_to_done(h, 100, &cycles))
        #expect(cycles == TinyLayer.cycles)
        #expect(pdb_step(h, 1) == PDB_BAD_STATE)
        #expect(String(cString: pdb_last_error(h)).contains("past done"))
        try m.check(pdb_step(h, 0))
        // Done: the load port is free again (the --cc testbench loads the next tile then).
        try m.check(pdb_load_block_rows(h, 2, 0))
        #expect(pdb_step(h, 1) == PDB_BAD_STATE)
        // A validation failure does not break the model.
        try m.check(pdb_start(h, &run))
        try m.check(pdb_run_to_done(h, 100, &cycles))
        #expect(cycles == TinyLayer.cycles)
    }

    // MARK: - A hand-made layer

    /// The tiny layer's per-cycle trace, cycle count, accumulators and outputs equal the `--cc`
    /// testbench's (rtl-reference/tb, same parameters), which equal the hand computation.
    @Test func tinyLayerMatchesTheCCTestbenchAndTheHandComputation() throws {
        let model = try Model(build: 1)
        try TinyLayer.load(model)
        try model.start(TinyLayer.run)
        var lines: [String] = []
        var states: [[pdb_pe_state]] = []
        var engine = pdb_engine_state()
        while true {
            try model.check(pdb_engine_state_get(model.handle, &engine))
            if engine.done != 0 { break }
            #expect(engine.busy == 1)
            var pes = [pdb_pe_state](repeating: pdb_pe_state(), count: 8)
            try model.check(pdb_pe_states_get(model.handle, 0, 8, &pes))
            lines.append(traceLine(engine, Array(pes.prefix(2))))
            states.append(pes)
            try model.check(pdb_step(model.handle, 1))
        }
        #expect(engine.cycle == TinyLayer.cycles)
        #expect(lines == TinyLayer.ccTrace)
        for (index, expectedRow) in TinyLayer.rows.enumerated() {
            let row = try model.row(pe: Int32(index / 3), local: Int32(index % 3))
            #expect(row.accumulator == expectedRow.accumulator, "row \(index)")
            #expect(row.output == expectedRow.output, "row \(index)")
        }
        // Unused PEs stay empty.
        #expect(states.allSatisfy { $0[2...].allSatisfy { $0.active == 0 && $0.queue_count == 0 && $0.idx.valid == 0 } })
        // The ACC stage, lane by lane: cycles 5 to 8 write (row, product, new accumulator).
        let accWrites: [[(Int32, Int32, Int64)]] = [
            [(2, 6, 6), (1, -8, -8), (0, 5, 5), (1, 5, -3)],        // PE0: j0, j2, j3, j4
            [(1, -3, -3), (0, -6, -6), (2, 20, 20), (0, -4, -10)],  // PE1
        ]
        for pe in 0..<2 {
            for cycle in 0..<Int(TinyLayer.cycles) {
                let state = states[cycle][pe]
                if (5...8).contains(cycle) {
                    let (row, product, value) = accWrites[pe][cycle - 5]
                    #expect(state.acc_lanes == 1)
                    #expect(lane(state.rows, 0) == row && lane(state.products, 0) == product, "PE\(pe) cycle \(cycle)")
                    #expect(lane(state.acc_write, 0) == 1 && lane64(state.acc_value, 0) == value, "PE\(pe) cycle \(cycle)")
                } else {
                    #expect(state.acc_lanes == 0 && lane(state.acc_write, 0) == 0, "PE\(pe) cycle \(cycle)")
                }
                #expect(lane(state.acc_write, 1) == 0 && lane(state.acc_write, 2) == 0)
                // The drain (cycle 9) writes the PE's 3 rows in one cycle (3 lanes).
                #expect(state.output_writes == (cycle == 9 ? 3 : 0), "PE\(pe) cycle \(cycle)")
            }
        }
    }

    // MARK: - The narrow weight formats

    /// The index of the build named `name`.
    static func buildIndex(_ name: String) throws -> Int32 {
        try #require((0..<pdb_build_count()).first { (try? buildInfo($0)).map { String(cString: $0.name) } == name })
    }

    /// The tiny layer on the codebook4 and fixed8 builds of the same parameters: the SRAMs hold
    /// codes, the DEC stage decodes them one cycle after WRD, so every stage after W is one cycle
    /// later and the run takes 11 cycles instead of 10. codebook4 with a codebook holding the
    /// layer's 10 distinct weights gives the same rows; fixed8 with the weights as codes and
    /// shift 1 doubles every accumulator.
    @Test func tinyLayerOnTheNarrowFormatBuilds() throws {
        let values: [Int16] = Array(Set(TinyLayer.w)).sorted()
        var codebook = [Int16](repeating: 0, count: 16)
        for (index, value) in values.enumerated() { codebook[index + 1] = value }
        let shared = try Model(build: try Self.buildIndex("pe8_mul3_q4_s16_a32_codebook4"))
        try TinyLayer.load(shared) { weight in Int16(values.firstIndex(of: weight)! + 1) }
        var run = TinyLayer.run
        withUnsafeMutableBytes(of: &run.codebook) { raw in
            for (index, entry) in codebook.enumerated() { raw.storeBytes(of: entry, toByteOffset: 2 * index, as: Int16.self) }
        }
        try shared.start(run)
        var decoded: [(Int32, Int32, Int32)] = []
        var engine = pdb_engine_state()
        while true {
            try shared.check(pdb_engine_state_get(shared.handle, &engine))
            if engine.done != 0 { break }
            var pes = [pdb_pe_state](repeating: pdb_pe_state(), count: 1)
            try shared.check(pdb_pe_states_get(shared.handle, 0, 1, &pes))
            decoded.append((pes[0].wrd.valid != 0 ? pes[0].wrd.column : -1, pes[0].dec.valid != 0 ? pes[0].dec.column : -1,
                            pes[0].mul.valid != 0 ? pes[0].mul.column : -1))
            try shared.check(pdb_step(shared.handle, 1))
        }
        #expect(engine.cycle == TinyLayer.cycles + 1)
        // PE 0: columns 0, 2, 3, 4 in W at cycles 3-6, in D at 4-7, in M at 5-8.
        #expect(decoded.map(\.0) == [-1, -1, -1, 0, 2, 3, 4, -1, -1, -1, -1])
        #expect(decoded.map(\.1) == [-1, -1, -1, -1, 0, 2, 3, 4, -1, -1, -1])
        #expect(decoded.map(\.2) == [-1, -1, -1, -1, -1, 0, 2, 3, 4, -1, -1])
        for (index, expectedRow) in TinyLayer.rows.enumerated() {
            let row = try shared.row(pe: Int32(index / 3), local: Int32(index % 3))
            #expect(row.accumulator == expectedRow.accumulator && row.output == expectedRow.output, "row \(index)")
        }
        // A code outside the format is refused, naming the value and the format.
        #expect(pdb_load_weights(shared.handle, 0, [16, 0, 0], 1) == PDB_BAD_ARGUMENT)
        #expect(String(cString: pdb_last_error(shared.handle)).contains("codebook4 code"))
        shared.destroy()

        let eight = try Model(build: try Self.buildIndex("pe8_mul3_q4_s16_a32_fixed8"))
        try TinyLayer.load(eight)
        var shifted = TinyLayer.run
        shifted.weight_shift = 1
        try eight.start(shifted)
        var cycles: Int64 = 0
        try eight.check(pdb_run_to_done(eight.handle, 100, &cycles))
        #expect(cycles == TinyLayer.cycles + 1)
        for (index, expectedRow) in TinyLayer.rows.enumerated() {
            let row = try eight.row(pe: Int32(index / 3), local: Int32(index % 3))
            #expect(row.accumulator == 2 * expectedRow.accumulator && row.output == Int16(expectedRow.accumulator), "row \(index)")
        }
        shifted.weight_shift = 9
        #expect(pdb_start(eight.handle, &shifted) == PDB_BAD_ARGUMENT)
        #expect(String(cString: pdb_last_error(eight.handle)).contains("run.weight_shift"))
        #expect(pdb_load_weights(eight.handle, 0, [200, 0, 0], 1) == PDB_BAD_ARGUMENT)
        #expect(String(cString: pdb_last_error(eight.handle)).contains("fixed8 code"))
    }

    // MARK: - Waveform

    @Test func aVCDOfTheWholeHierarchyIsWritten() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("permdnn-rtl-\(ProcessInfo.processInfo.processIdentifier).vcd").path
        defer { if ProcessInfo.processInfo.environment["PERMDNN_RTL_KEEP_VCD"] == nil { try? FileManager.default.removeItem(atPath: path) } }
        let model = try Model(build: 1, vcd: path)
        try TinyLayer.load(model)
        try model.start(TinyLayer.run)
        var cycles: Int64 = 0
        try model.check(pdb_run_to_done(model.handle, 100, &cycles))
        model.destroy()   // flushes and closes the file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("$enddefinitions"))
        #expect(text.contains("$scope module"))
        // Signals from the top to the leaves of the hierarchy.
        for signal in ["dbg_acc_wdata", "nzd_action", "u_pe", "u_idx", "u_accmem", "a_products"] {
            #expect(text.contains(signal), "\(signal)")
        }
        // Time advances: one clock is 10 ns (timescale 1 ps); the run took 1 reset + 25 load
        // words (1 activation word, 8 B_e, 2 x 6 weight words, 2 x 2 permutation words: one
        // SRAM word per clock) + 1 start + 10 cycles = 37 clocks, the last falling edge at 365 ns.
        #expect(text.contains("#10000"))
        #expect(text.contains("#365000") && !text.contains("#375000"), "37 clocks")
    }
}
}

// MARK: - Helpers

struct BridgeError: Error, CustomStringConvertible {
    let status: pdb_status
    let message: String
    var description: String { "status \(status.rawValue): \(message)" }
}

func lastGlobalError() -> String { String(cString: pdb_last_error(nil)) }

func buildInfo(_ index: Int32) throws -> pdb_build_info {
    var info = pdb_build_info()
    let status = pdb_get_build_info(index, &info)
    guard status == PDB_OK else { throw BridgeError(status: status, message: lastGlobalError()) }
    return info
}

/// A model that is destroyed when the test lets go of it.
final class Model {
    private(set) var handle: OpaquePointer?

    init(build: Int32, vcd: String? = nil) throws {
        var model: OpaquePointer?
        let status = pdb_create(build, vcd, &model)
        guard status == PDB_OK, let model else { throw BridgeError(status: status, message: lastGlobalError()) }
        handle = model
    }

    deinit { destroy() }

    func destroy() {
        pdb_destroy(handle)
        handle = nil
    }

    func check(_ status: pdb_status) throws {
        guard status == PDB_OK else { throw BridgeError(status: status, message: String(cString: pdb_last_error(handle))) }
    }

    func start(_ run: pdb_run) throws {
        var run = run
        try check(pdb_start(handle, &run))
    }

    func row(pe: Int32, local: Int32) throws -> (accumulator: Int64, output: Int16) {
        var accumulator: Int64 = 0
        var output: Int16 = 0
        try check(pdb_read_row(handle, pe, local, &accumulator, &output))
        return (accumulator, output)
    }
}

func lane<T>(_ tuple: T, _ index: Int) -> Int32 {
    withUnsafeBytes(of: tuple) { $0.load(fromByteOffset: index * 4, as: Int32.self) }
}

func lane64<T>(_ tuple: T, _ index: Int) -> Int64 {
    withUnsafeBytes(of: tuple) { $0.load(fromByteOffset: index * 8, as: Int64.self) }
}

/// One line of the `--cc` testbench's trace (the Swift `PermDNNEngine.lineTrace` format).
func traceLine(_ engine: pdb_engine_state, _ pes: [pdb_pe_state]) -> String {
    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
    func cell(_ stage: pdb_stage) -> String {
        stage.valid != 0 ? pad("\(stage.column).\(stage.slot)", 8) : pad("-", 8)
    }
    let nzd: String
    switch engine.draining != 0 ? 4 : engine.nzd_action {
    case 0: nzd = "idle"
    case 1: nzd = "read w\(engine.nzd_word)"
    case 2: nzd = "bcast j\(engine.nzd_column)"
    case 3: nzd = "stall"
    default: nzd = "drain"
    }
    let cycle = "\(engine.cycle)"
    var line = String(repeating: " ", count: max(0, 7 - cycle.count)) + cycle + " | " + pad(nzd, 11) + " | q "
    var stages = ""
    for (e, pe) in pes.enumerated() {
        line += "\(min(pe.queue_count, 9))"
        if e < 4 {
            stages += " | PE\(e) q\(pe.queue_count) I " + cell(pe.idx) + "W " + cell(pe.wrd) + "M " + cell(pe.mul)
                + "A " + cell(pe.acc)
        }
    }
    return line + stages
}

/// A 6 x 6 layer with p = 3 on 2 PEs of build pe8_mul3_q4_s16_a32 (block-row r on PE r):
/// k = [[1, 0], [2, 1]], x = [3, 0, -2, 5, 1, 0], F = 1, no ReLU.
/// By hand: block (r, c)'s column t holds w[(r*2 + c)*3 + t] in row (t - k) mod 3, so
/// row 0..2 = [5, -8 + 5, 6] and row 3..5 = [-6 - 4, -3, 20]; out = (acc + 1) >> 1.
enum TinyLayer {
    static let k: [[Int16]] = [[1, 0], [2, 1]]
    static let w: [Int16] = [2, -3, 4, 1, 5, -2, -1, 2, 3, 4, -4, 6]
    static let x: [Int16] = [3, 0, -2, 5, 1, 0]
    static let cycles: Int64 = 10
    static let rows: [(accumulator: Int64, output: Int16)] = [(5, 3), (-3, -1), (6, 3), (-10, -5), (-3, -1), (20, 10)]
    static var run: pdb_run {
        var run = pdb_run()
        run.n = 6
        run.end_column = 6
        run.drain = 1
        run.p = 3
        run.frac_bits = 1
        return run
    }

    /// Loads the layer as the `--cc` testbench maps it: B_e = 1 on PEs 0 and 1 (0 elsewhere),
    /// weight word j (S_e = 1) with lane 0 = `code` of w of column j, permutation word c with
    /// lane 0 = k.
    static func load(_ model: Model, code: (Int16) -> Int16 = { $0 }) throws {
        try model.check(pdb_load_activations(model.handle, x, Int32(x.count)))
        for pe in 0..<8 {
            try model.check(pdb_load_block_rows(model.handle, Int32(pe), pe < 2 ? 1 : 0))
        }
        for r in 0..<2 {
            let weights: [Int16] = (0..<6).flatMap { j -> [Int16] in [code(w[r * 6 + j]), 0, 0] }
            try model.check(pdb_load_weights(model.handle, Int32(r), weights, 6))
            let permutation: [Int16] = (0..<2).flatMap { c -> [Int16] in [k[r][c], 0, 0] }
            try model.check(pdb_load_permutation(model.handle, Int32(r), permutation, 2))
        }
    }

    /// `permdnn_tb` (MAX_COLUMNS=256 MAX_P=64 MAX_BLOCK_ROWS=16 build.sh 8 3 4 16 32) on this layer.
    static let ccTrace = [
        "      0 | read w0     | q 00 | PE0 q0 I -       W -       M -       A -        | PE1 q0 I -       W -       M -       A -       ",
        "      1 | bcast j0    | q 00 | PE0 q0 I -       W -       M -       A -        | PE1 q0 I -       W -       M -       A -       ",
        "      2 | bcast j2    | q 11 | PE0 q1 I 0.0     W -       M -       A -        | PE1 q1 I 0.0     W -       M -       A -       ",
        "      3 | bcast j3    | q 11 | PE0 q1 I 2.0     W 0.0     M -       A -        | PE1 q1 I 2.0     W 0.0     M -       A -       ",
        "      4 | bcast j4    | q 11 | PE0 q1 I 3.0     W 2.0     M 0.0     A -        | PE1 q1 I 3.0     W 2.0     M 0.0     A -       ",
        "      5 | idle        | q 11 | PE0 q1 I 4.0     W 3.0     M 2.0     A 0.0      | PE1 q1 I 4.0     W 3.0     M 2.0     A 0.0     ",
        "      6 | idle        | q 00 | PE0 q0 I -       W 4.0     M 3.0     A 2.0      | PE1 q0 I -       W 4.0     M 3.0     A 2.0     ",
        "      7 | idle        | q 00 | PE0 q0 I -       W -       M 4.0     A 3.0      | PE1 q0 I -       W -       M 4.0     A 3.0     ",
        "      8 | idle        | q 00 | PE0 q0 I -       W -       M -       A 4.0      | PE1 q0 I -       W -       M -       A 4.0     ",
        "      9 | drain       | q 00 | PE0 q0 I -       W -       M -       A -        | PE1 q0 I -       W -       M -       A -       ",
    ]
}
