import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation

extension PermSimCommand {
    /// `permsim bench`: a front for `permsim-bench`, the benchmark harness, which lives in its own
    /// executable (benchmarks apart from the simulator). Runs the `permsim-bench` beside this
    /// `permsim` with the same arguments, in place of this process: its output, errors and exit
    /// status are the command's.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure simulator speed (runs permsim-bench, built beside permsim, with the same arguments).",
            discussion: """
            Options: permsim-bench --help. Build both in release first:
            swift build -c release, then .build/release/permsim bench.
            """)

        @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("permsim-bench's options.", valueName: "options"))
        var arguments: [String] = []

        func run() throws {
            let bench = try ChildProcess.sibling("permsim-bench", field: "bench")
            let argv = ([bench.path] + arguments).map { strdup($0) } + [nil]
            execv(bench.path, argv)
            throw ConfigError.invalid(field: "bench", rule: "could not run \(bench.path): \(String(cString: strerror(errno)))")
        }
    }
}
