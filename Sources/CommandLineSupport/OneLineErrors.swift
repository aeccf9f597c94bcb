import ArgumentParser
import Foundation

extension ParsableCommand {
    /// The `main` of every PermSim executable: parses the command line, runs the command, and
    /// turns any error into one `<command name>: ...` line on stderr and a non-zero exit (help
    /// and version requests print in full and exit 0). Library code throws typed errors; only
    /// this layer prints them and sets the exit code.
    public static func runWithOneLineErrors() async {
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
            let name = configuration.commandName ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "permsim"
            FileHandle.standardError.write(Data("\(name): \(message)\n".utf8))
            Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
}
