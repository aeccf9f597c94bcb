import Foundation

/// One run of an executable built from this repository, started as a user would start it:
/// its standard output, standard error and exit status. The command-line tests of both
/// packages (`permsim`, `permsim-bench`, `permsim-cosim`) run their executables through it.
public struct ExecutableRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// The executable `name` beside the running test bundle (`.build/<configuration>/`), or in
    /// `fallback` when it is not there.
    public static func locate(_ name: String, fallback: URL) -> URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for directory in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return fallback.appendingPathComponent(name)
    }

    /// Runs `executable` with `arguments` in `directory` and waits for it. Standard error is
    /// read on another thread, so a long error output cannot block the process.
    /// `environment` adds to (or replaces in) this process's environment.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL,
                           environment: [String: String] = [:]) throws -> ExecutableRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = ErrorReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        return ExecutableRun(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Reads a pipe to its end on a thread of its own.
    private final class ErrorReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
