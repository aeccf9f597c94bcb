import Foundation
import Testing

/// Bad input, as a new user types it: every case must exit 1 with exactly one `permsim:` line
/// on stderr that names the option, key or file field at fault (`mentions`), and must never
/// crash, hang or be accepted silently. One case per line; the files it needs are written once.
@Suite struct BadInputCorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var mentions: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// Where the corpus's files live (written once per test process).
    static let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-corpus-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) { try? Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name)) }
        func npy(_ name: String, _ descr: String, _ shape: String, _ payload: [UInt8]) {
            try? CLIBadFileTests.npy(descr: descr, shape: shape, payload: payload).write(to: URL(fileURLWithPath: path + "/" + name))
        }
        let layer = "layers:\n  - {name: a, in: 64, out: 32, p: 4"
        write("unknown-key.yaml", layer + ", wieght-density: 0.1}\n")
        write("negative-in.yaml", "layers:\n  - {name: a, in: -4, out: 32, p: 4}\n")
        write("zero-out.yaml", "layers:\n  - {name: a, in: 8, out: 0, p: 4}\n")
        write("density.yaml", "layers:\n  - {name: a, in: 8, out: 8, weight-density: 1.5}\n")
        write("act-density.yaml", layer + ", act-density: 2}\n")
        write("quoted-int.yaml", "layers:\n  - {name: a, in: \"64\", out: 32, p: 4}\n")
        write("no-name.yaml", "layers:\n  - {in: 64, out: 32, p: 4}\n")
        write("no-layers.yaml", "network: x\n")
        write("empty.yaml", "")
        write("comment.yaml", "# nothing\n")
        write("list.yaml", "- a\n- b\n")
        write("duplicate.yaml", "layers:\n  - name: a\n    in: 8\n    in: 9\n    out: 8\n    p: 2\n")
        write("syntax.yaml", "layers: [\n")
        write("permutation.yaml", layer + ", permutation: random}\n")
        write("relu.yaml", layer + ", relu: maybe}\n")
        write("missing-weights.yaml", "layers:\n  - {name: a, weights: missing.npy, p: 4}\n")
        write("network-mismatch.yaml", "network: n\nlayers:\n  - {name: a, in: 64, out: 32, p: 4}\n  - {name: b, in: 40, out: 8, p: 4}\n")
        write("newline-name.yaml", "layers:\n  - {name: \"a\\nb\", in: 8, out: 8, p: 2}\n")
        write("big-p.yaml", "layers:\n  - {name: a, in: 8, out: 8, p: 9}\n")
        write("sign.yaml", layer + ", activation-sign: maybe}\n")
        write("huge.yaml", "layers:\n  - {name: a, in: 200000, out: 200000, weight-density: 0.5}\n")
        write("preset-unknown.yaml", "engine:\n  pes: 4\npe:\n  multiplyers: 4\n")
        write("preset-range.yaml", "engine:\n  pes: 0\n")
        write("preset-quoted.yaml", "engine:\n  pes: \"8\"\n")
        write("preset-section.yaml", "motor:\n  pes: 8\n")
        write("preset-list.yaml", "engine:\n  pes: [1, 2]\n")
        write("preset-syntax.yaml", "engine: {pes: 8\n")
        write("preset-clock.yaml", "engine:\n  clock-ghz: 0\n")
        write("preset-memory.yaml", "limits:\n  memory-gib: 100000\n")
        write("preset-text.yaml", "engine:\n  pes: eight\n")
        npy("zero-rows.npy", "<f4", "(0, 8)", [])
        npy("truncated.npy", "<f4", "(4, 4)", Array(repeating: 0, count: 16))
        npy("complex.npy", "<c8", "(2, 2)", Array(repeating: 0, count: 32))
        npy("one-d.npy", "<f4", "(4,)", Array(repeating: 0, count: 16))
        npy("nan.npy", "<f4", "(2, 2)", CLIBadFileTests.float32([.nan, 1, 2, 3]))
        npy("inf.npy", "<f4", "(2, 2)", CLIBadFileTests.float32([.infinity, 1, 2, 3]))
        npy("good.npy", "<f4", "(8, 16)", CLIBadFileTests.float32((0..<128).map { Float($0 % 7) - 3 }))
        npy("activations-short.npy", "<f4", "(3,)", CLIBadFileTests.float32([1, 2, 3]))
        write("garbage.npy", "hello world")
        // A sparse file larger than the machine can decode: refused before it is read.
        write("huge.npy", "")
        if let handle = FileHandle(forWritingAtPath: path + "/huge.npy") {
            try? handle.truncate(atOffset: ProcessInfo.processInfo.physicalMemory / 4)
            try? handle.close()
        }
        write("empty.npy", "")
        write("sweep-bad-key.yaml", "workloads: [alexnet-fc8]\naxes:\n  engine.pez: [8]\n")
        write("sweep-good.yaml", "workloads: [neuraltalk-we]\naxes:\n  engine.pes: [8]\n")
        return path
    }()

    static func file(_ name: String) -> String { directory + "/" + name }

    static let cases: [Case] = {
        var cases: [Case] = []
        func add(_ arguments: [String], _ mentions: String) { cases.append(Case(arguments: arguments, mentions: mentions)) }
        let run = ["run", "--workload", "alexnet-fc8"]
        // Numbers that are not numbers, or out of range.
        for (option, values) in [("--pes", ["0", "-1", "x", "1e9", "", "4097"]), ("--multipliers", ["0", "x", "300", "-2"]),
                                 ("--p", ["0", "x", "-3", "1.5"]), ("--seed", ["x", "-1", "1.5"]), ("--trace", ["-1", "x"]),
                                 ("--jobs", ["0", "x", "-4"])] {
            for value in values { add(run + [option, value], option) }
        }
        for (option, values) in [("--format", ["xml", "", "JSON"]), ("--engine", ["foo", "", "EIE"]), ("--model", ["z", "rtl"])] {
            for value in values { add(run + [option, value], option) }
        }
        // The custom layer.
        add(["run", "--in", "0", "--out", "8", "--p", "2"], "in")
        add(["run", "--in", "x", "--out", "8", "--p", "2"], "--in")
        add(["run", "--in", "8", "--out", "0", "--p", "2"], "out")
        add(["run", "--in", "8", "--p", "2"], "--out")
        add(["run", "--out", "8", "--p", "2"], "--in")
        add(["run", "--in", "8", "--out", "8"], "--weight-density")
        for density in ["0", "2", "-1", "nan", "x", "1e-300"] { add(["run", "--in", "8", "--out", "8", "--weight-density", density], "weight-density") }
        for density in ["2", "-0.1", "x", "nan"] { add(["run", "--in", "8", "--out", "8", "--p", "2", "--act-density", density], "act-density") }
        add(["run", "--in", "8", "--out", "8", "--p", "9"], "p")
        add(["run", "--in", "8", "--out", "8", "--weight-density", "0.25", "--p", "4"], "--weight-density")
        // Catalogue names.
        for name in ["alexnet-fc9", "", "ALEXNET-FC8", "alexnet-classifier"] { add(["run", "--workload", name], "--workload") }
        for name in ["foo", "alexnet-fc8"] { add(["run", "--network", name], "--network") }
        // Config keys.
        for assignment in ["engine.pes=0", "engine.pes=x", "engine.pes=", "foo=1", "novalue", "pe.permutation=bad", "engine.clock-ghz=0",
                           "engine.clock-ghz=1e-300", "engine.clock-ghz=inf", "limits.memory-gib=0", "limits.memory-gib=1e9",
                           "fixed-point.fraction-bits=16", "fixed-point.accumulator-bits=8", "engine.queue-depth=0",
                           "engine.nzd-word-width=0", "engine.nzd-word-width=65", "pe.weight-sram-kib=0", "engine.dram-bytes-per-cycle=0",
                           "pe.multipliers=257", "engine.pes=4097", "pe.weight-format=int4", "pe.weight-format=", "pe.weight-format=FIXED8"] {
            let key = String(assignment.prefix { $0 != "=" })
            add(run + ["--set", assignment], assignment.contains("=") ? key : "--set")
        }
        // Presets.
        for preset in ["nope", "/tmp", "/dev/null", "/dev/zero"] { add(run + ["--config", preset], "--config") }
        for (name, mentions) in [("preset-unknown.yaml", "pe.multiplyers"), ("preset-range.yaml", "engine.pes"), ("preset-quoted.yaml", "engine.pes"),
                                 ("preset-section.yaml", "motor"), ("preset-list.yaml", "engine.pes"), ("preset-syntax.yaml", "preset-syntax.yaml"),
                                 ("preset-clock.yaml", "engine.clock-ghz"), ("preset-memory.yaml", "limits.memory-gib"),
                                 ("preset-text.yaml", "engine.pes"), ("empty.yaml", "empty.yaml"), ("comment.yaml", "comment.yaml")] {
            add(run + ["--config", file(name)], mentions)
        }
        // Workload files.
        for (name, mentions) in [("unknown-key.yaml", "wieght-density"), ("negative-in.yaml", "in"), ("zero-out.yaml", "out"),
                                 ("density.yaml", "weight-density"), ("act-density.yaml", "act-density"), ("quoted-int.yaml", "in"),
                                 ("no-name.yaml", "name"), ("no-layers.yaml", "layers"), ("empty.yaml", "empty.yaml"), ("comment.yaml", "comment.yaml"),
                                 ("list.yaml", "list.yaml"), ("duplicate.yaml", "duplicate key"), ("syntax.yaml", "syntax.yaml"),
                                 ("permutation.yaml", "permutation"), ("relu.yaml", "relu"), ("missing-weights.yaml", "missing.npy"),
                                 ("network-mismatch.yaml", "network"), ("newline-name.yaml", "name"), ("big-p.yaml", "p"),
                                 ("sign.yaml", "activation-sign"), ("huge.yaml", "limits.memory-gib")] {
            add(["run", "--workload-file", file(name)], mentions)
        }
        add(["run", "--workload-file", "/nonexistent.yaml"], "/nonexistent.yaml")
        add(["run", "--workload-file", "/tmp"], "/tmp")
        add(["run", "--workload-file", "/dev/zero"], "/dev/zero")
        for engine in ["eie", "circnn"] {
            add(["run", "--engine", engine, "--workload-file", file("huge.yaml")], "limits.memory-gib")
            add(["run", "--engine", engine, "--in", "200000", "--out", "200000", "--weight-density", "0.5"], "limits.memory-gib")
        }
        // Real data.
        for (name, mentions) in [("zero-rows.npy", "zero-rows.npy"), ("truncated.npy", "truncated.npy"), ("complex.npy", "complex.npy"),
                                 ("one-d.npy", "one-d.npy"), ("nan.npy", "nan.npy"), ("inf.npy", "inf.npy"), ("garbage.npy", "garbage.npy"), ("huge.npy", "huge.npy"),
                                 ("empty.npy", "empty.npy")] {
            add(["run", "--weights", file(name), "--p", "2"], mentions)
        }
        add(["run", "--weights", "/nonexistent.npy", "--p", "2"], "/nonexistent.npy")
        add(["run", "--weights", file("good.npy")], "--weight-density")
        add(["run", "--weights", file("good.npy"), "--p", "2", "--in", "15"], "--in")
        add(["run", "--weights", file("good.npy"), "--p", "2", "--out", "9"], "--out")
        add(["run", "--weights", file("good.npy"), "--p", "2", "--activations", file("activations-short.npy")], "activations")
        add(["run", "--weights", file("good.npy"), "--p", "2", "--activations", file("good.npy"), "--act-density", "0.5"], "--act-density")
        add(["run", "--activations", file("activations-short.npy")], "--activations")
        // Options that do not apply.
        add(["run", "--engine", "eie", "--multipliers", "4"], "--multipliers")
        add(["run", "--engine", "eie", "--p", "4"], "--p")
        add(["run", "--engine", "eie", "--config", "permdnn-32pe"], "--config")
        add(["run", "--engine", "eie", "--set", "engine.pes=4"], "engine.pes")
        add(["run", "--engine", "eie", "--set", "eie.queue-depth=1"], "eie.queue-depth")
        add(["run", "--engine", "eie", "--set", "eie.pes=0"], "eie.pes")
        add(["run", "--engine", "eie", "--set", "pe.weight-format=fixed8"], "pe.weight-format")
        add(["run", "--engine", "circnn", "--pes", "4"], "--pes")
        add(["run", "--engine", "circnn", "--multipliers", "4"], "--multipliers")
        add(["run", "--engine", "circnn", "--trace", "4"], "--trace")
        add(["run", "--engine", "circnn", "--p", "3"], "--p")
        add(["run", "--engine", "circnn", "--config", "permdnn-32pe"], "--config")
        add(["run", "--engine", "circnn", "--set", "circnn.cmac-lanes=0"], "circnn.cmac-lanes")
        add(["run", "--engine", "eie", "--model", "functional"], "--model")
        add(run + ["--model", "functional", "--trace", "4"], "--trace")
        add(run + ["--model", "functional", "--no-verify"], "--no-verify")
        // Repeated single-value options.
        for option in [["--format", "json", "--format", "csv"], ["--workload-file", file("big-p.yaml"), "--workload-file", file("big-p.yaml")],
                       ["--weights", file("good.npy"), "--weights", file("good.npy")], ["--pes", "4", "--pes", "8"], ["--seed", "1", "--seed", "2"]] {
            add(["run"] + option, option[0])
        }
        // Unknown options and commands.
        add(["run", "--bogus"], "--bogus")
        add(["run", "--pes"], "--pes")
        add(["bogus"], "bogus")
        add(["list", "--bogus"], "--bogus")
        // Outputs.
        add(run + ["--output", "/tmp"], "--output")
        add(run + ["--output", ""], "--output")
        add(run + ["--output", "/nonexistent/x.txt"], "--output")
        add(run + ["--output", "/dev/null"], "--output")
        // compare.
        add(["compare", "--suite", "tiny"], "--suite")
        add(["compare", "--workload", "foo", "--output-dir", "/tmp/permsim-never"], "--workload")
        add(["compare", "--network", "foo", "--output-dir", "/tmp/permsim-never"], "--network")
        add(["compare", "--output-dir", ""], "--output-dir")
        add(["compare", "--workload", "alexnet-fc8", "--p", "4", "--output-dir", "/tmp/permsim-never"], "--p")
        add(["compare", "--output-dir", "/dev/null"], "--output-dir")
        add(["compare", "--tech-dir", "/nonexistent", "--workload", "alexnet-fc8", "--output-dir", "/tmp/permsim-never"], "--tech-dir")
        add(["compare", "--workload-file", file("syntax.yaml"), "--output-dir", "/tmp/permsim-never"], "syntax.yaml")
        // Real networks and positions.
        add(["run", "--network", "minilm-l6", "--weight-density", "0.1", "--p", "8"], "--weight-density")
        add(["run", "--network", "minilm-l6", "--weight-density", "2"], "--weight-density")
        add(["run", "--network", "minilm-l6", "--p", "999"], "--p")
        add(["run", "--engine", "eie", "--workload", "alexnet-fc8", "--positions", "diagonal"], "--positions")
        add(["run", "--workload", "alexnet-fc8", "--positions", "uniform"], "--positions")
        add(["run", "--engine", "circnn", "--workload", "alexnet-fc8", "--positions", "fitted"], "--positions")
        add(["compare", "--workload", "alexnet-fc8", "--positions", "random", "--output-dir", "/tmp/permsim-never"], "--positions")
        // spread.
        for densities in ["0", "x", "0.1,0.1", "0.1,", "1.5"] { add(["spread", "--weights", file("good.npy"), "--densities", densities], "--densities") }
        add(["spread", "--weights", file("good.npy"), "--pes", "0"], "--pes")
        add(["spread", "--tensor", "x"], "--tensor")
        add(["spread", "--weights", file("good.npy"), "--network", "minilm-l6"], "--weights")
        add(["spread", "--network", "alexnet-classifier"], "--network")
        add(["spread", "--weights", file("garbage.npy")], "garbage.npy")
        add(["spread", "--weights", file("good.npy"), "--fit", "/dev/null"], "--fit")
        add(["spread", "--weights", file("good.npy"), "--format", "xml"], "--format")
        // sweep.
        add(["sweep", file("missing.yaml"), "--db", "/tmp/permsim-never.sqlite"], "missing.yaml")
        add(["sweep", file("sweep-bad-key.yaml"), "--db", "/tmp/permsim-never.sqlite"], "engine.pez")
        add(["sweep", file("sweep-good.yaml"), "--db", "/tmp"], "--db")
        add(["sweep", file("sweep-good.yaml"), "--db", "/nonexistent/x.sqlite"], "--db")
        add(["sweep", file("sweep-good.yaml")], "--db")
        for shard in ["3/2", "x", "1/0", "-1/2", "1"] { add(["sweep", file("sweep-good.yaml"), "--db", "/tmp/permsim-never.sqlite", "--shard", shard], "--shard") }
        add(["sweep", file("sweep-good.yaml"), "--db", "/tmp/permsim-never.sqlite", "--jobs", "0"], "--jobs")
        add(["sweep", file("sweep-good.yaml"), "--db", "/tmp/permsim-never.sqlite", "--export", "xml"], "--export")
        add(["sweep", "merge", "--db", "/tmp/permsim-never.sqlite"], "STORE")
        add(["sweep", "merge", file("missing.sqlite"), "--db", "/tmp/permsim-never.sqlite"], "STORE")
        add(["sweep", "merge", file("good.npy"), "--db", "/tmp/permsim-never.sqlite"], "STORE")
        add(["sweep", "report", file("missing.sqlite")], "STORE")
        add(["sweep", "export", file("missing.sqlite")], "STORE")
        add(["sweep", "export", file("good.npy"), "--format", "xml"], "--format")
        // synth.
        add(["synth", "--recorded", "--format", "xml"], "--format")
        add(["synth", "--check", "--recorded"], "--check")
        return cases
    }()

    @Test(arguments: cases)
    func refusedInOneLine(_ badInput: Case) throws {
        let result = try PermSimProcess.run(badInput.arguments)
        #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1 && lines[0].hasPrefix("permsim: "), "\(result.stderr)")
        #expect(lines.first?.contains(badInput.mentions) == true, "does not name '\(badInput.mentions)': \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/permsim-never"))
    }

    @Test func corpusIsLarge() {
        #expect(Self.cases.count >= 150)
    }
}
