import ArgumentParser
import CommandLineSupport
import ConfigSupport
import Foundation

/// `permsim-bench`: how fast the models run. Prints numbers; asserts nothing (speed targets are
/// checked by reading these numbers, never by timed tests). `permsim bench` runs it.
@main
struct PermSimBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permsim-bench",
        abstract: "Measure simulator speed: wall time, simulated cycles/s, MACs/s, peak memory.",
        discussion: """
        Each case runs in a child process (permsim-bench --case C --model M, so its
        peak memory is its own) and times only the model (workload generation
        excluded): the median and minimum of --repeat runs. Cases: alexnet-fc6 and
        vgg16-fc6 at 32 PEs, the EIE suite, a 4096 -> 11008 layer (llm7b-gate) at
        32 and 256 PEs, each on the cycle model and on the functional reference;
        the EIE suite on the EIE and CirCNN models; then the EIE suite end to end
        (the permsim executable beside this one, `permsim run --pes 32`) pinned to
        1 core with taskset and on all cores, and the same work timed inside the
        process (Simulation.run: generation, model, bit-exact check), which leaves
        out process start (about 12 ms, serial). Last, the import of a 4096 x 1000
        float32 matrix (written once to a temporary directory as .npy and as
        .safetensors): what permsim run --weights FILE --weight-density 0.125
        --engine E does before simulating (read, check, read again and encode for
        PermDNN at p = 8, EIE at density 0.125, CirCNN at block size 8), in M
        weights/s (cases import-npy and import-safetensors, models permdnn, eie,
        circnn).
        Then a sweep: permsim sweep on 144 PermDNN points of the EIE suite with the
        reference check off (points and layer simulations per second, whole process).
        The RTL rows (alexnet-fc8 on the RTL and in lock step) are
        permsim-cosim bench (rtl-reference/cosim, docs/cosim.md).
        Use a release build: swift build -c release, then .build/release/permsim-bench
        (or .build/release/permsim bench).
        """)

    @OptionGroup var options: BenchOptions

    @Option(name: .long, help: ArgumentHelp("Run one case in this process and print its row (used by the parent; with --model).", valueName: "CASE"))
    var `case`: BenchCase?

    @Option(name: .long, help: ArgumentHelp("The model for --case (default cycle; permdnn for the import cases); run: permsim run's work in this process, eie-suite only; permdnn, eie, circnn for the import cases.", valueName: "MODEL"))
    var model: BenchModel?

    /// Where the parent wrote the import cases' files (so they are written once).
    @Option(name: .long, help: .hidden)
    var importDirectory: String?

    static func main() async { await runWithOneLineErrors() }

    func run() async throws {
        try options.check()
        if let benchCase = self.case {
            let model = self.model ?? (benchCase.isImport ? .permdnn : .cycle)
            let row = benchCase.isImport ? try measureImport(benchCase, model: model)
                : model == .run ? try await measureRun(benchCase) : try measure(benchCase, model: model)
            try options.print(row) { BenchRow.table([row]) }
            return
        }
        if model != nil {
            throw ConfigError.invalid(field: "--model", rule: "applies to one case only: give --case too (without --case every case runs on its models)")
        }
        // Before the cases (minutes), so that a missing permsim fails at once.
        let permsim = try ChildProcess.sibling("permsim", field: "end-to-end rows")
        var rows: [BenchRow] = []
        for benchCase in BenchCase.modelCases {
            for model in [BenchModel.cycle, .functional] { rows.append(try child(benchCase, model)) }
        }
        // The baselines on the EIE suite (generation excluded, as above).
        for model in [BenchModel.eie, .circnn] { rows.append(try child(.eieSuite, model)) }
        // The imports: the files written once, then each format for each engine.
        let importDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-bench-import-\(getpid())")
        defer { try? FileManager.default.removeItem(at: importDirectory) }
        try ImportBench.write(into: importDirectory)
        for benchCase in [BenchCase.importNpy, .importSafeTensors] {
            for model in BenchModel.importEngines {
                rows.append(try child(benchCase, model, extra: ["--import-directory", importDirectory.path]))
            }
        }
        let parallel = try parallelSpeedup(permsim: permsim)
        let sweep = try SweepSpeed.measure(permsim: permsim)
        struct Report: Encodable { var cases: [BenchRow]; var parallel: ParallelSpeedup; var sweep: SweepSpeed }
        try options.print(Report(cases: rows, parallel: parallel, sweep: sweep)) { BenchRow.table(rows) + parallel.text + sweep.text }
    }

    /// Runs `--case` in a child process of this executable and decodes its row.
    func child(_ benchCase: BenchCase, _ model: BenchModel, extra: [String] = []) throws -> BenchRow {
        let arguments = ["--case", benchCase.rawValue, "--model", model.rawValue, "--repeat", String(options.repeat), "--format", "json"] + extra
        return try JSONDecoder().decode(BenchRow.self, from: ChildProcess.run(ChildProcess.currentExecutable, arguments).output)
    }
}
