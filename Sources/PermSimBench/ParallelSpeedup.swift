import CommandLineSupport
import ConfigSupport
import Foundation

/// The EIE suite end to end on one core and on all of them, as a process and in process.
struct ParallelSpeedup: Codable {
    var cores: Int
    var oneCoreSeconds: Double
    var allCoresSeconds: Double
    var speedup: Double
    var identicalResults: Bool
    /// The same run timed inside the process (`Simulation.run`: generation, model, bit-exact
    /// check; process start and report printing excluded).
    var inProcessOneCoreSeconds: Double
    var inProcessAllCoresSeconds: Double
    var inProcessSpeedup: Double

    /// The two lines printed under the table.
    var text: String {
        String(format: "\nEIE suite end to end (permsim run, child process): 1 core (taskset) %.3f s, %d cores %.3f s, speedup %.2fx, identical results: %@\n",
               oneCoreSeconds, cores, allCoresSeconds, speedup, (identicalResults ? "yes" : "NO") as NSString)
            + String(format: "EIE suite in process (Simulation.run: generation, model, check; process start excluded): 1 core %.3f s, %d cores %.3f s, speedup %.2fx\n",
                     inProcessOneCoreSeconds, cores, inProcessAllCoresSeconds, inProcessSpeedup)
    }
}

extension PermSimBenchCommand {
    /// The EIE suite end to end (`permsim run --pes 32 --format json`, the `permsim` beside this
    /// executable, in a child process) pinned to one core with `taskset -c 0`, then on every
    /// core; then `--case eie-suite --model run` the same two ways. Limiting `--jobs` alone would
    /// not do: the row groups of a tiled layer also run in parallel.
    func parallelSpeedup(permsim: URL) throws -> ParallelSpeedup {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard let taskset = ["/usr/bin/taskset", "/bin/taskset"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ConfigError.invalid(field: "permsim-bench", rule: "needs taskset (Debian package util-linux) to pin a run to one core")
        }
        let tasksetURL = URL(fileURLWithPath: taskset)
        let arguments = ["run", "--pes", "32", "--format", "json"]
        var one: [Double] = [], all: [Double] = []
        var identical = true
        for _ in 0..<options.repeat {
            let serial = try ChildProcess.run(tasksetURL, ["-c", "0", permsim.path] + arguments)
            let parallel = try ChildProcess.run(permsim, arguments)
            one.append(serial.seconds)
            all.append(parallel.seconds)
            identical = identical && serial.output == parallel.output
        }
        one.sort()
        all.sort()
        let (a, b) = (one[one.count / 2], all[all.count / 2])
        let bench = ChildProcess.currentExecutable
        let inProcess = ["--case", BenchCase.eieSuite.rawValue, "--model", BenchModel.run.rawValue,
                         "--repeat", String(max(options.repeat, 5)), "--format", "json"]
        let c = try JSONDecoder().decode(BenchRow.self, from: ChildProcess.run(tasksetURL, ["-c", "0", bench.path] + inProcess).output).medianSeconds
        let d = try JSONDecoder().decode(BenchRow.self, from: ChildProcess.run(bench, inProcess).output).medianSeconds
        return ParallelSpeedup(cores: cores, oneCoreSeconds: a, allCoresSeconds: b, speedup: a / b, identicalResults: identical,
                               inProcessOneCoreSeconds: c, inProcessAllCoresSeconds: d, inProcessSpeedup: c / d)
    }
}
