// Co-simulation check: the Swift cycle model (PermSim.PermDNNEngine) against the Verilator
// build of rtl-reference (permdnn_engine + tb/permdnn_tb.cpp) on random layers.
//
// For every seed: draw an architecture and a layer, run the Swift engine with a full trace,
// write the layer file, run the RTL testbench on it and compare both listings line by line:
// one trace line per cycle, `cycles N`, then `row i out o acc a` for every output row.
//
// Usage: rtl-compare [--seeds N] [--first S] [--builds K] [--rtl DIR] [--work DIR] [--keep-going]
//   --builds K: draw the Verilator parameter sets (N_PE, N_MUL, Q, S, A) from a fixed pool of
//               K builds (each costs a ~12 s Verilator build); 0 draws them fresh per seed.
import ConfigSupport
import FixedPoint
import Foundation
import PEModel
import PermDNNModel
import Workloads

struct BuildParams: Hashable, CustomStringConvertible {
    var pes: Int
    var lanes: Int
    var queue: Int
    var word: Int
    var acc: Int
    var description: String { "N_PE=\(pes) N_MUL=\(lanes) Q=\(queue) S=\(word) A=\(acc)" }
}

struct Options {
    var seeds = 200
    var first: UInt64 = 1
    var builds = 24
    var rtl = "rtl-reference"
    var work = "/tmp/rtl-compare"
    var keepGoing = false
}

struct Draw {
    var rng: SplitMix64
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + rng.uniformInt(below: range.count) }
    mutating func pick<T>(_ values: [T]) -> T { values[rng.uniformInt(below: values.count)] }
    mutating func chance(_ percent: Int) -> Bool { rng.uniformInt(below: 100) < percent }
}

/// A random Verilator parameter set (the RTL maxima are fixed in build.sh: n <= 128, p <= 16, B_e <= 64).
func randomBuild(_ draw: inout Draw, lanes: Int? = nil) -> BuildParams {
    BuildParams(
        pes: draw.int(1...8),
        lanes: lanes ?? draw.int(1...8),
        queue: draw.pick([1, 1, 2, 2, 3, 4, 4, 5, 6, 10, 12]),
        word: draw.pick([1, 2, 3, 4, 5, 7, 8, 13, 16, 16, 32, 64]),
        acc: draw.chance(50) ? draw.pick([16, 17, 20, 24, 32, 48]) : draw.int(16...48))
}

/// The fixed pool of builds: every N_MUL from 1 to 8 appears.
func buildPool(count: Int) -> [BuildParams] {
    var draw = Draw(rng: SplitMix64(seed: SplitMix64.derive(seed: 2024, label: "rtl-build-pool")))
    return (0..<count).map { i in randomBuild(&draw, lanes: i % 8 + 1) }
}

struct Case {
    var seed: UInt64
    var build: BuildParams
    var pes: Int
    var config: ArchitectureConfig
    var layer: Layer
    var summary: String
}

func randomValue(_ draw: inout Draw, mode: Int) -> Int16 {
    switch mode {
    case 0: return Int16(draw.int(-64...64))
    case 1: return Int16(draw.int(-4096...4096))
    default: return Int16(draw.int(Int(Int16.min)...Int(Int16.max)))
    }
}

func makeCase(seed: UInt64, pool: [BuildParams]) throws -> Case {
    var draw = Draw(rng: SplitMix64(seed: SplitMix64.derive(seed: seed, label: "rtl-compare")))
    let build = pool.isEmpty ? randomBuild(&draw) : pool[draw.int(0...(pool.count - 1))]
    // A third of the seeds get a 1 KiB weight SRAM and a layer big enough not to fit, so it
    // runs in tiles (row groups and/or column chunks); swiftListing falls back to 128 KiB if
    // not even one activation word of columns fits.
    let tiled = draw.chance(33)
    let pes = tiled ? draw.int(1...min(2, build.pes)) : draw.int(1...build.pes)
    let p = draw.int(1...13)
    let tiny = !tiled && draw.chance(15)
    var m = tiny ? draw.int(1...6) : tiled ? draw.int(40...96) : draw.int(1...96)
    let n = tiny ? draw.int(1...6) : tiled ? draw.int(40...128) : draw.int(1...128)
    m = min(m, 64 * pes * p)   // B_e <= MAX_BLOCK_ROWS
    let stored = draw.chance(50)
    let mb = (m + p - 1) / p, nb = (n + p - 1) / p
    var k = [Int32](repeating: 0, count: mb * nb)
    for r in 0..<mb {
        for c in 0..<nb {
            k[r * nb + c] = Int32(stored ? draw.int(0...(p - 1))
                : PermutedDiagonalMatrix.formulaPermutation(blockRow: r, blockColumn: c, blockColumns: nb, blockSize: p))
        }
    }
    let weightMode = draw.int(0...2)
    let weightZeros = draw.pick([0, 0, 10, 50])
    let weights = (0..<(mb * nb * p)).map { _ in draw.chance(weightZeros) ? 0 : randomValue(&draw, mode: weightMode) }
    let densityMode = draw.int(0...19)
    let density = densityMode == 0 ? 0 : densityMode <= 3 ? 100 : draw.int(1...99)
    let activationMode = draw.int(0...2)
    let x: [Int16] = (0..<n).map { _ in
        guard draw.chance(density) else { return 0 }
        let v = randomValue(&draw, mode: activationMode)
        return v == 0 ? 1 : v
    }
    let relu = draw.chance(50)
    let frac = draw.int(0...15)
    let matrix = try PermutedDiagonalMatrix(rows: m, columns: n, blockSize: p, permutation: k, weights: weights,
                                            permutationSource: stored ? .stored : .formula)
    let layer = try Layer(name: "seed\(seed)", weights: matrix, activations: x, relu: relu)
    var config = ArchitectureConfig()
    config.weightSRAMKiB = tiled ? 1 : 128
    config.pes = pes
    config.multipliers = build.lanes
    config.queueDepth = build.queue
    config.nzdWordWidth = build.word
    config.format = FixedPointFormat(fractionBits: frac, accumulatorBits: build.acc)
    let summary = "build [\(build)] pes=\(pes) sram=\(config.weightSRAMKiB)KiB m=\(m) n=\(n) p=\(p) \(stored ? "stored" : "formula") relu=\(relu) F=\(frac) "
        + "density=\(density)% weights=mode\(weightMode)/zeros\(weightZeros)% x=mode\(activationMode)"
    return Case(seed: seed, build: build, pes: pes, config: config, layer: layer, summary: summary)
}

func layerFile(_ c: Case, tiles: [TileResult]) -> String {
    let matrix = c.layer.weights
    var text = "permdnn-layer 1\n# seed \(c.seed): \(c.summary)\n"
    text += "arch pes \(c.pes) mul \(c.build.lanes) queue \(c.build.queue) word \(c.build.word) "
        + "frac \(c.config.format.fractionBits) acc \(c.build.acc)\n"
    text += "shape m \(matrix.rows) n \(matrix.columns) p \(matrix.blockSize) relu \(c.layer.relu ? 1 : 0) "
        + "perm \(matrix.permutationSource == .stored ? "stored" : "formula")\n"
    text += "k " + matrix.permutation.map(String.init).joined(separator: " ") + "\n"
    text += "w " + matrix.weights.map(String.init).joined(separator: " ") + "\n"
    text += "x " + c.layer.activations.map(String.init).joined(separator: " ") + "\n"
    for t in tiles { text += "tile \(t.firstBlockRow) \(t.blockRows) \(t.firstColumn) \(t.endColumn) \(t.transferCycles)\n" }
    return text
}

/// The Swift model's listing: its trace lines, the cycle count, every row's output and accumulator.
func swiftListing(_ c: inout Case) throws -> ([String], EngineResult) {
    final class Lines: @unchecked Sendable { var all: [String] = [] }
    let lines = Lines()
    let result: EngineResult
    do {
        result = try PermDNNEngine(config: c.config).run(c.layer, trace: .init(cycles: Int.max) { lines.all.append($0) })
    } catch let error as ConfigError where c.config.weightSRAMKiB < 128 {
        // The small SRAM cannot hold one activation word of columns: run on chip instead.
        c.summary += " (\(c.config.weightSRAMKiB) KiB too small: \(error); using 128 KiB)"
        c.config.weightSRAMKiB = 128
        lines.all = []
        result = try PermDNNEngine(config: c.config).run(c.layer, trace: .init(cycles: Int.max) { lines.all.append($0) })
    }
    var listing = lines.all
    for (t, tile) in result.tiles.enumerated() { listing.append("tile \(t) cycles \(tile.cycles)") }
    listing.append("cycles \(result.cycles)")
    for i in result.outputs.indices { listing.append("row \(i) out \(result.outputs[i]) acc \(result.accumulators[i])") }
    return (listing, result)
}

enum HarnessError: Error, CustomStringConvertible {
    case message(String)
    var description: String { if case let .message(text) = self { return text }; return "" }
}

/// Prints a line unbuffered (progress stays visible through a pipe).
func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

var options = Options()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func value() -> String {
        guard let v = arguments.popFirst() else { FileHandle.standardError.write(Data("\(argument) needs a value\n".utf8)); exit(2) }
        return v
    }
    switch argument {
    case "--seeds": options.seeds = Int(value()) ?? 0
    case "--first": options.first = UInt64(value()) ?? 1
    case "--builds": options.builds = Int(value()) ?? 0
    case "--rtl": options.rtl = value()
    case "--work": options.work = value()
    case "--keep-going": options.keepGoing = true
    default:
        FileHandle.standardError.write(Data("unknown option \(argument)\n".utf8))
        exit(2)
    }
}

try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
let pool = buildPool(count: options.builds)
var binaries: [BuildParams: String] = [:]
var passed = 0, failed = 0, cyclesCompared = 0
var failures: [UInt64] = []
/// What the passing seeds exercised (seeds with at least one such event).
var coverage: [String: Int] = [:]

for seed in options.first..<(options.first + UInt64(options.seeds)) {
    var c = try makeCase(seed: seed, pool: pool)
    let (swiftLines, result) = try swiftListing(&c)
    let expected = swiftLines
    let path = "\(options.work)/seed\(seed).layer"
    try layerFile(c, tiles: result.tiles).write(toFile: path, atomically: true, encoding: .utf8)
    if binaries[c.build] == nil {
        let b = c.build
        let built = try run("\(options.rtl)/build.sh", ["\(b.pes)", "\(b.lanes)", "\(b.queue)", "\(b.word)", "\(b.acc)"])
        guard built.status == 0 else { throw HarnessError.message("build failed for \(b)") }
        binaries[c.build] = built.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let rtl = try run(binaries[c.build]!, [path])
    let actual = rtl.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(rtl.output.hasSuffix("\n") ? 1 : 0)
    var mismatch: (Int, String, String)?
    if rtl.status != 0 {
        mismatch = (0, expected.first ?? "", "testbench exited with status \(rtl.status)")
    } else {
        for i in 0..<max(expected.count, actual.count) {
            let e = i < expected.count ? expected[i] : "<end of Swift listing>"
            let a = i < actual.count ? actual[i] : "<end of RTL listing>"
            if e != a { mismatch = (i, e, a); break }
        }
    }
    let traceLines = expected.firstIndex { $0.hasPrefix("tile ") } ?? 0
    if let (line, e, a) = mismatch {
        failed += 1
        failures.append(seed)
        let place = line < traceLines ? "cycle \(line)" : "listing line \(line) (after the trace)"
        try swiftLines.joined(separator: "\n").appending("\n").write(toFile: "\(options.work)/seed\(seed).swift.txt", atomically: true, encoding: .utf8)
        try rtl.output.write(toFile: "\(options.work)/seed\(seed).rtl.txt", atomically: true, encoding: .utf8)
        say("MISMATCH seed \(seed) at \(place)\n  \(c.summary)\n  layer file: \(path) (listings: seed\(seed).swift.txt, seed\(seed).rtl.txt)\n  swift: \(e)\n  rtl:   \(a)")
        if !options.keepGoing { break }
    } else {
        passed += 1
        cyclesCompared += traceLines
        try? FileManager.default.removeItem(atPath: path)
        let events = [
            ("queue stalls", result.engine.queueStallCycles), ("accumulator saturations", result.pe.accumulators.saturations),
            ("output saturations", result.pe.drain.outputSaturations), ("all-zero x", result.nonZeroInputs == 0 ? 1 : 0),
            ("stored-k reloads", result.pe.indexCalculator.permutationReads), ("formula-k reloads", result.pe.indexCalculator.permutationComputes),
            ("NZD bubbles starving PE 0", result.bubbleCycles), ("unused PEs in the build", c.build.pes > c.pes ? 1 : 0),
            ("several tiles", result.tiles.count > 1 ? 1 : 0),
            ("column chunks", result.tiles.contains { $0.firstColumn > 0 } ? 1 : 0),
            ("several row groups", Set(result.tiles.map(\.firstBlockRow)).count > 1 ? 1 : 0),
            ("queue count >= 10", c.build.queue >= 10 && result.criticalPE.queue.peakOccupancy >= 10 ? 1 : 0),
        ]
        for (name, count) in events where count > 0 { coverage[name, default: 0] += 1 }
        say("ok seed \(seed): \(traceLines) cycles in \(result.tiles.count) tile(s), \(c.layer.weights.rows) rows, stalls \(result.engine.queueStallCycles), "
            + "acc sat \(result.pe.accumulators.saturations), out sat \(result.pe.drain.outputSaturations); \(c.summary)")
    }
}
say("\(passed) seeds passed, \(failed) failed; \(cyclesCompared) cycles compared line by line; \(binaries.count) Verilator builds used")
say("seeds exercising: " + coverage.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
if !failures.isEmpty { say("failing seeds: \(failures.map(String.init).joined(separator: " "))") }
exit(failed == 0 ? 0 : 1)
