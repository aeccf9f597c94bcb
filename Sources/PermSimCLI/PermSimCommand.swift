import ArgumentParser
import Foundation
import PermSim

/// `permsim`: the command-line front end. Library code throws typed errors; only this layer
/// prints them (one line on stderr) and sets the exit code.
@main
struct PermSimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permsim",
        abstract: "Cycle-accurate simulator of the PermDNN structured-sparse FC accelerator.",
        discussion: """
        Runs fully connected layers (batch 1) whose weights are block
        permuted-diagonal matrices on a cycle-accurate model of the PermDNN
        engine, checks every result bit for bit against a functional
        reference, and reports cycles, time, throughput and every counted
        event. The EIE and CirCNN baselines run the same workloads
        (`run --engine`, `compare`). With no workload option, `permsim run`
        runs the EIE benchmark suite. Documentation: README.md and docs/.
        """,
        subcommands: [Run.self, List.self, Bench.self, Compare.self, Cosim.self, Synth.self],
        defaultSubcommand: nil)

    /// Parses, runs, and turns any error into one `permsim: ...` line and a non-zero exit.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = self.message(for: error)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }
                .joined(separator: " ")
            FileHandle.standardError.write(Data("permsim: \(message)\n".utf8))
            Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
}
