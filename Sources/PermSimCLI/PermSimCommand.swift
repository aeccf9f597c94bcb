import ArgumentParser
import CommandLineSupport

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
        runs the EIE benchmark suite. The RTL co-simulation is a tool of its
        own, permsim-cosim (rtl-reference/cosim, docs/cosim.md). Documentation:
        README.md and docs/.

        Exit codes: 0 success; 1 bad input (one line on stderr naming the
        option, key or file field and the rule); 3 a fault of PermSim itself
        (a cycle model disagreeing with its reference, a broken invariant, the
        RTL diverging): the message says what to attach to a bug report.
        """,
        subcommands: [Run.self, List.self, Bench.self, Compare.self, Sweep.self, Synth.self, Spread.self],
        defaultSubcommand: nil)

    static func main() async { await runWithOneLineErrors() }
}
