import ArgumentParser
import ConfigSupport
import Foundation

extension ParsableCommand {
    /// The `main` of every PermSim executable: parses the command line, runs the command, and
    /// turns any error into one `<command name>: ...` line on stderr (help and version requests
    /// print in full and exit 0). Library code throws typed errors; only this layer prints them
    /// and sets the exit code: 1 for bad input, whoever found it (a check of ours or the
    /// argument parser), `SimulatorFault.exitCode` (3) for a fault of PermSim itself.
    public static func runWithOneLineErrors() async {
        let name = configuration.commandName ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "permsim"
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
            FileHandle.standardError.write(Data("\(name): \(fault)\n".utf8))
            Foundation.exit(SimulatorFault.exitCode)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = self.message(for: error)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") }
                .joined(separator: " ")
            FileHandle.standardError.write(Data("\(name): \(OptionMessages.fieldFirst(message, command: name))\n".utf8))
            Foundation.exit(1)
        }
    }

    /// The argument parser keeps the last of a repeated single-value option and drops the
    /// others silently: refuse the repetition instead.
    static func refuseRepeatedOptions(_ arguments: [String]) throws {
        var seen = Set<String>()
        for argument in arguments.prefix(while: { $0 != "--" }) where argument.hasPrefix("--") {
            let option = String(argument.prefix { $0 != "=" })
            guard !OptionMessages.repeatable.contains(option) else { continue }
            if !seen.insert(option).inserted {
                throw ConfigError.invalid(field: option, rule: "is given more than once; give it once (only \(OptionMessages.repeatable.sorted().joined(separator: ", ")) repeat)")
            }
        }
    }
}

/// The argument parser's messages restated like every other input error.
enum OptionMessages {
    /// Options that may be given more than once (each adds one more).
    static let repeatable: Set<String> = ["--workload", "--network", "--set"]

    /// "The value 'x' is invalid for '--opt <v>'. Please provide one of 'a' and 'b'.",
    /// "Missing value for ...", "Unknown option ...", "Unexpected argument ...": the option
    /// first, then the rule, as `--opt: rule (got 'x')`.
    static func fieldFirst(_ message: String, command: String) -> String {
        if let match = message.firstMatch(of: /^Missing value for '(-[-\w]+)[^']*'$/) {
            return "\(match.1): needs a value"
        }
        if let match = message.firstMatch(of: /^Unknown option '(-[-\w]+)'.*$/) {
            return "\(match.1): unknown option (see \(command) <command> --help)"
        }
        if let match = message.firstMatch(of: /^Unexpected arguments? '(.*)'$/) {
            return "\(match.1): unexpected argument (see \(command) --help for the commands and \(command) <command> --help for their options)"
        }
        guard let match = message.firstMatch(of: /^The value '(.*)' is invalid for '(-[-\w]+)[^']*'(?:\.|:)?\s*(.*)$/) else { return message }
        var rule = String(match.3).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        if rule.hasPrefix("Please provide one of ") { rule = "must be one of " + rule.dropFirst("Please provide one of ".count) }
        if rule.isEmpty { rule = "is not a valid value" }
        return "\(match.2): \(rule) (got '\(match.1)')"
    }
}
