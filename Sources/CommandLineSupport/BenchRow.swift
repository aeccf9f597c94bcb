import Foundation

/// One measured benchmark case (`permsim-bench`, `permsim-cosim bench`): the work, its median
/// and fastest wall time, the rates computed from the median, and the measuring process's peak
/// memory. Every row of both tools is built by `init(benchCase:model:pes:layers:timing:)`.
public struct BenchRow: Codable, Sendable {
    public var benchCase: String
    public var model: String
    public var pes: Int
    public var layers: Int
    /// Cycles the model stepped through (DRAM waits come from the schedule, not stepped).
    public var simulatedCycles: Int
    public var macs: Int
    public var medianSeconds: Double
    public var minSeconds: Double
    public var cyclesPerSecond: Double
    public var macsPerSecond: Double
    public var peakMemoryMB: Double
    /// Weights imported per run (the import rows of `permsim-bench`: read a file and encode it
    /// for an engine); nil for the model rows, and then absent from the JSON.
    public var weights: Int?
    /// `weights / median`.
    public var weightsPerSecond: Double?

    /// A row for work timed in this process: rates from the median, this process's peak memory
    /// (cases run in child processes, so that it is the case's own).
    public init(benchCase: String, model: String, pes: Int, layers: Int, timing: BenchTiming) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        self.benchCase = benchCase
        self.model = model
        self.pes = pes
        self.layers = layers
        simulatedCycles = timing.cycles
        macs = timing.macs
        medianSeconds = timing.median
        minSeconds = timing.fastest
        cyclesPerSecond = Double(timing.cycles) / timing.median
        macsPerSecond = Double(timing.macs) / timing.median
        peakMemoryMB = Double(usage.ru_maxrss) / 1024
    }

    /// A row for an import timed in this process: `weights` imported per run, the rate from
    /// the median.
    public init(benchCase: String, model: String, weights: Int, timing: BenchTiming) {
        self.init(benchCase: benchCase, model: model, pes: 0, layers: 1, timing: timing)
        self.weights = weights
        weightsPerSecond = Double(weights) / timing.median
    }

    /// The rows as the fixed-width table both tools print (header first, one line per row);
    /// import rows, if any, follow in a table of their own (weights and M weights/s instead of
    /// cycles and MACs).
    public static func table(_ rows: [BenchRow]) -> String {
        let models = rows.filter { $0.weights == nil }, imports = rows.filter { $0.weights != nil }
        var text = models.isEmpty && !imports.isEmpty ? "" : modelTable(models)
        if !imports.isEmpty {
            if !text.isEmpty { text += "\n" }
            text += importTable(imports)
        }
        return text
    }

    /// The import rows: case (the file format), engine, weights, times, M weights/s, peak memory.
    static func importTable(_ rows: [BenchRow]) -> String {
        var lines = ["case                engine     weights  median ms  min ms  M weights/s  peak MB"]
        for row in rows {
            lines.append(row.benchCase.padding(toLength: max(19, row.benchCase.count), withPad: " ", startingAt: 0) + " "
                + row.model.padding(toLength: max(8, row.model.count), withPad: " ", startingAt: 0)
                + String(format: "%10d  %9.3f  %6.3f  %11.1f  %7.1f",
                         row.weights ?? 0, row.medianSeconds * 1000, row.minSeconds * 1000,
                         (row.weightsPerSecond ?? 0) / 1e6, row.peakMemoryMB))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func modelTable(_ rows: [BenchRow]) -> String {
        var lines = ["case            model        PEs  layers  sim cycles        MACs  median ms  min ms   Mcycles/s     GMAC/s  peak MB"]
        for row in rows {
            lines.append(row.benchCase.padding(toLength: max(15, row.benchCase.count), withPad: " ", startingAt: 0) + " "
                + row.model.padding(toLength: max(11, row.model.count), withPad: " ", startingAt: 0)
                + String(format: "%4d  %6d  %10d  %10d  %9.3f  %6.3f  %10.2f  %9.3f  %7.1f",
                         row.pes, row.layers, row.simulatedCycles, row.macs,
                         row.medianSeconds * 1000, row.minSeconds * 1000, row.cyclesPerSecond / 1e6,
                         row.macsPerSecond / 1e9, row.peakMemoryMB))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The wall times of repeated runs of one piece of work, and the counts the work returned.
public struct BenchTiming: Sendable {
    public var median: Double
    public var fastest: Double
    public var cycles: Int
    public var macs: Int

    public init(median: Double, fastest: Double, cycles: Int, macs: Int) {
        self.median = median
        self.fastest = fastest
        self.cycles = cycles
        self.macs = macs
    }

    /// Runs `body` `runs` times (at least once) and keeps the median and fastest wall time and
    /// the counts (simulated cycles, multiplies) of the last run.
    public static func measure(runs: Int, _ body: () throws -> (cycles: Int, macs: Int)) rethrows -> BenchTiming {
        var times: [Double] = []
        var counts = (cycles: 0, macs: 0)
        let clock = ContinuousClock()
        for _ in 0..<max(runs, 1) {
            let elapsed = try clock.measure { counts = try body() }
            times.append(elapsed.inSeconds)
        }
        times.sort()
        return BenchTiming(median: times[times.count / 2], fastest: times[0], cycles: counts.cycles, macs: counts.macs)
    }
}

extension Duration {
    /// The duration in seconds.
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
