import ConfigSupport
import Foundation

/// Other executables run by the benchmark tools: a case in a child process of the tool itself
/// (so that its peak memory is its own), or the `permsim` binary beside it.
public enum ChildProcess {
    /// This process's executable (not `argv[0]`, which may be a bare name found on `PATH`).
    public static var currentExecutable: URL {
        (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    }

    /// The executable `name` in this executable's directory (the same build folder), or an
    /// error under `field` saying that it is missing and how to build it.
    public static func sibling(_ name: String, field: String) throws -> URL {
        let url = currentExecutable.deletingLastPathComponent().appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw ConfigError.invalid(field: field, rule: "runs \(name), which is not beside this executable (no \(url.path)): build it in the same configuration, e.g. swift build -c release --product \(name)")
        }
        return url
    }

    /// Runs `executable` with `arguments` to completion (its stderr passes through); its wall
    /// time and standard output, or an error if it exits non-zero.
    public static func run(_ executable: URL, _ arguments: [String]) throws -> (seconds: Double, output: Data) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        let start = ContinuousClock.now
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = (ContinuousClock.now - start).inSeconds
        guard process.terminationStatus == 0 else {
            throw ConfigError.invalid(field: "bench", rule: "'\(([executable.path] + arguments).joined(separator: " "))' failed with status \(process.terminationStatus)")
        }
        return (elapsed, data)
    }
}
