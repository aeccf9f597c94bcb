import ArgumentParser
import Foundation
import ConfigSupport
import PermSim

/// `permsim`: the command-line front end. Library code throws typed errors; only this layer
/// prints them (one line on stderr) and sets the exit code: 0 success, 1 bad input (an option,
/// a config, a workload, a weight file, an output path), 3 a simulator fault
/// (`SimulatorFault`: a bug in PermSim, with what to attach to a report).
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

        Exit codes: 0 success; 1 bad input (one line on stderr naming the
        option, key or file field and the rule); 3 a fault of PermSim itself
        (a cycle model disagreeing with its reference, a broken invariant, the
        RTL diverging): the message says what to attach to a bug report.
        """,
        subcommands: [Run.self, List.self, Bench.self, Compare.self, Cosim.self, Synth.self],
        defaultSubcommand: nil)

    /// Parses, runs, and turns any error into one `permsim: ...` line and a non-zero exit.
    static func main() async {
        do {
            try refuseRepeatedOptions(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            // Output printed along the way (tables, summaries) must have reached its target.
            if fflush(nil) != 0 {
                throw ConfigError.invalid(field: "stdout", rule: "writing the output failed (\(String(cString: strerror(errno))))")
            }
        } catch let fault as SimulatorFault {
            FileHandle.standardError.write(Data("permsim: \(fault)\n".utf8))
            Foundation.exit(SimulatorFault.exitCode)
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
            FileHandle.standardError.write(Data("permsim: \(fieldFirst(message))\n".utf8))
            // Every bad input exits 1, whether the parser or a later check found it.
            Foundation.exit(1)
        }
    }

    /// The argument parser's messages ("The value 'x' is invalid for '--opt <v>'. Please
    /// provide one of 'a' and 'b'.", "Missing value for ...", "Unknown option ...") restated like
    /// every other input error: the option first, then the rule.
    static func fieldFirst(_ message: String) -> String {
        if let match = message.firstMatch(of: /^Missing value for '(-[-\w]+)[^']*'$/) {
            return "\(match.1): needs a value"
        }
        if let match = message.firstMatch(of: /^Unknown option '(-[-\w]+)'.*$/) {
            return "\(match.1): unknown option (see permsim <command> --help)"
        }
        if let match = message.firstMatch(of: /^Unexpected arguments? '(.*)'$/) {
            return "\(match.1): unexpected argument (see permsim --help for the commands and permsim <command> --help for their options)"
        }
        guard let match = message.firstMatch(of: /^The value '(.*)' is invalid for '(-[-\w]+)[^']*'(?:\.|:)?\s*(.*)$/) else { return message }
        var rule = String(match.3).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        if rule.hasPrefix("Please provide one of ") { rule = "must be one of " + rule.dropFirst("Please provide one of ".count) }
        if rule.isEmpty { rule = "is not a valid value" }
        return "\(match.2): \(rule) (got '\(match.1)')"
    }

    /// Options that may be given more than once (each adds one more).
    static let repeatableOptions: Set<String> = ["--workload", "--network", "--set"]

    /// The argument parser keeps the last of a repeated single-value option and drops the
    /// others silently: refuse the repetition instead.
    static func refuseRepeatedOptions(_ arguments: [String]) throws {
        var seen = Set<String>()
        for argument in arguments.prefix(while: { $0 != "--" }) where argument.hasPrefix("--") {
            let name = String(argument.prefix { $0 != "=" })
            guard !repeatableOptions.contains(name) else { continue }
            if !seen.insert(name).inserted {
                throw ConfigError.invalid(field: name, rule: "is given more than once; give it once (only --workload, --network and --set repeat)")
            }
        }
    }
}
