import ArgumentParser
import ConfigSupport
import Foundation

/// `--format` of the tools that print a summary rather than report rows (benchmarks,
/// co-simulation, synthesis): an aligned table or JSON.
public enum SummaryFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case table, json
}

/// The options every benchmark tool (`permsim-bench`, `permsim-cosim bench`) shares.
public struct BenchOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: "Timed runs per case (the median is reported; at least 1).")
    public var `repeat`: Int = 5

    @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "FORMAT"))
    public var format: SummaryFormat = .table

    public init() {}

    /// `--repeat` below 1 is an error (thrown by the tool's `run`, so it is one line).
    public func check() throws {
        guard self.repeat >= 1 else { throw ConfigError.invalid(field: "--repeat", rule: "must be at least 1 (got \(self.repeat))") }
    }

    /// Prints `rows` (and, in JSON, whatever else the report holds) in the chosen format.
    public func print<Report: Encodable>(_ report: Report, table: () -> String) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Swift.print(String(decoding: try encoder.encode(report), as: UTF8.self))
        case .table:
            Swift.print(table(), terminator: "")
        }
    }
}
