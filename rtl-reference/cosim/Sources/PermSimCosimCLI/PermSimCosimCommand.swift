import ArgumentParser
import CommandLineSupport

/// `permsim-cosim`: the RTL co-simulation's command line. `run` (the default, so
/// `permsim-cosim --random 20` works) compares the Swift model with the RTL in lock step;
/// `bench` times the RTL and the co-simulation. Errors are one line on stderr, as `permsim`'s.
@main
struct PermSimCosimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permsim-cosim",
        abstract: "The PermSim Swift model against the PermDNN RTL (Verilator + SystemC), cycle by cycle.",
        discussion: """
        The RTL of rtl-reference/rtl, turned into SystemC models by
        rtl-reference/generate-sc.sh and reached through a C bridge, runs beside
        the Swift cycle model of the root package. Documentation: docs/cosim.md.
        """,
        subcommands: [Run.self, Bench.self],
        defaultSubcommand: Run.self)

    static func main() async { await runWithOneLineErrors() }
}
