import Foundation
import PermSimTestSupport
import Testing
@testable import Workloads

struct WorkloadFileTests {
    private func parse(_ yaml: String, baseDirectory: String = "") throws -> WorkloadFile {
        try WorkloadFile.parse(yaml: yaml, name: "w.yaml", baseDirectory: baseDirectory)
    }

    private func parseMessage(_ yaml: String) -> String {
        message { _ = try parse(yaml) }
    }

    @Test func twoIndependentLayers() throws {
        let file = try parse("""
        # two layers
        layers:
          - name: small
            in: 64
            out: 32
            weight-density: 0.25
            act-density: 0.5
          - name: other
            in: 30
            out: 20
            p: 5
            relu: false
            activation-sign: signed
            permutation: formula
        """)
        #expect(!file.isNetwork && file.networkName == nil && file.network == nil)
        #expect(file.entries.count == 2)
        #expect(file.entries[0].spec == LayerSpec(name: "small", inputs: 64, outputs: 32, weightDensity: 0.25, activationDensity: 0.5,
                                                  origin: "w.yaml:3"))
        #expect(file.entries[1].spec == LayerSpec(name: "other", inputs: 30, outputs: 20, weightDensity: 0.2, activationDensity: 1.0,
                                                  blockSize: 5, relu: false, activationSign: .signed, permutation: .formula, origin: "w.yaml:8"))
        #expect(file.entries[1].weightsPath == nil && file.entries[1].activationsPath == nil)
        let layer = try file.materialize(file.entries[1], format: format8, seed: 4)
        #expect(layer == (try LayerGenerator.generate(file.entries[1].spec, format: format8, seed: 4)))
        #expect(layer.weights.permutationSource == .formula && !layer.relu)
        let small = try file.materialize(file.entries[0], format: format8, seed: 4)
        #expect(small.weights.blockSize == 4)
        #expect(small.activations.filter { $0 != 0 }.count == 32)
    }

    @Test func network() throws {
        let file = try parse("""
        network:
          name: my-net
          layers:
            - {name: a, in: 40, out: 30, p: 5, act-density: 0.4}
            - {name: b, in: 30, out: 10, p: 5, relu: false}
        """)
        #expect(file.isNetwork && file.networkName == "my-net")
        let network = try #require(file.network)
        #expect(network.layers.map(\.name) == ["a", "b"])
        try network.validate()
    }

    @Test func networkChainIsChecked() {
        #expect(parseMessage("""
        network:
          name: my-net
          layers:
            - {name: a, in: 40, out: 30, p: 5}
            - {name: b, in: 31, out: 10, p: 5}
        """) == "w.yaml:5: network.layers[1].in: must equal the previous layer's out 30 (got 31)")
        #expect(parseMessage("""
        network:
          name: n
          layers:
            - {name: a, in: 40, out: 30, p: 5}
            - {name: b, in: 30, out: 10, p: 5, act-density: 0.5}
        """).hasPrefix("w.yaml:5: network.layers[1].act-density: only a network's first layer takes inputs"))
        #expect(parseMessage("network:\n  layers:\n    - {name: a, in: 4, out: 3, p: 2}\n") == "w.yaml:2: network.name: is required (the network's name)")
    }

    @Test func unknownKeyNamesLineAndAllowedKeys() {
        let text = parseMessage("""
        layers:
          - name: a
            in: 10
            out: 10
            p: 2
            wieght-density: 0.1
        """)
        #expect(text == "w.yaml:6: layers[0].wieght-density: unknown key; did you mean 'weight-density'? (allowed: name, in, out, weight-density, p, act-density, relu, activation-sign, permutation, weights, tensor, k, activations)")
        #expect(parseMessage("layer:\n  - name: a\n") == "w.yaml:1: layer: unknown key; did you mean 'layers'? (allowed: layers, network)")
    }

    @Test func malformedYamlReportsItsLineOnOneLine() {
        let unclosed = parseMessage("layers:\n  - name: a\n    in: [1, 2\n    out: 3\n")
        #expect(unclosed.hasPrefix("w.yaml:"))
        #expect(!unclosed.contains("\n"))
        #expect(unclosed.contains(": YAML: "))
        let badIndent = parseMessage("layers:\n  - name: a\n    in: 10\n   out: 3\n")
        #expect(badIndent.hasPrefix("w.yaml:4: YAML: "), "\(badIndent)")
        #expect(!badIndent.contains("\n"))
        let duplicate = parseMessage("layers:\n  - name: a\n    in: 10\n    in: 12\n")
        #expect(duplicate.hasPrefix("w.yaml:3: YAML: duplicate key 'in'"), "\(duplicate)")
        #expect(parseMessage("") == "w.yaml: document: is empty")
        #expect(parseMessage("- 1\n- 2\n") == "w.yaml:1: document: must be a mapping of key: value pairs")
    }

    @Test(arguments: [
        ("weight-density: 1.5", "w.yaml:5: layers[0].weight-density: must be a number in [0, 1] (got 1.5)"),
        ("weight-density: .nan", "w.yaml:5: layers[0].weight-density: must be a number in [0, 1] (got .nan)"),
        ("weight-density: 0", "w.yaml:5: layers[0].weight-density: must be a number in (0, 1] (got 0.0)"),
        ("act-density: -0.5\n    p: 2", "w.yaml:5: layers[0].act-density: must be a number in [0, 1] (got -0.5)"),
        ("act-density: .inf\n    p: 2", "w.yaml:5: layers[0].act-density: must be a number in [0, 1] (got .inf)"),
        ("p: 0", "w.yaml:5: layers[0].p: must be at least 1 (got 0)"),
        ("p: 11", "w.yaml:5: layers[0].p: must not exceed the layer's larger dimension 10 (got 11)"),
        ("p: two", "w.yaml:5: layers[0].p: must be an integer (got two)"),
        ("p: \"2\"", "w.yaml:5: layers[0].p: must be an integer (got \"2\")"),
        ("p: 2.0", "w.yaml:5: layers[0].p: must be an integer (got 2.0)"),
        ("p: 2\n    relu: maybe", "w.yaml:6: layers[0].relu: must be true or false (got maybe)"),
        ("p: 2\n    permutation: random", "w.yaml:6: layers[0].permutation: must be one of stored, formula (got 'random')"),
        ("p: 2\n    activation-sign: nonNegative", "w.yaml:6: layers[0].activation-sign: must be one of non-negative, signed (got 'nonNegative')"),
        ("p: [2]", "w.yaml:5: layers[0].p: must be an integer (got a list)"),
    ])
    func ruleViolationsNameFieldAndLine(line: String, expected: String) {
        #expect(parseMessage("layers:\n  - name: a\n    in: 10\n    out: 8\n    \(line)\n") == expected)
    }

    @Test func requiredAndStructuralRules() {
        #expect(parseMessage("layers:\n  - name: a\n    in: 0\n    out: 8\n    p: 2\n") == "w.yaml:3: layers[0].in: must be at least 1 (got 0)")
        #expect(parseMessage("layers:\n  - name: a\n    out: 8\n    p: 2\n") == "w.yaml:2: layers[0].in: is required (or give weights:)")
        #expect(parseMessage("layers:\n  - in: 8\n    out: 8\n    p: 2\n") == "w.yaml:2: layers[0].name: is required")
        #expect(parseMessage("layers:\n  - name: a\n    in: 8\n    out: 8\n") == "w.yaml:2: layers[0]: needs weight-density: or p: (the block size p = round(1 / weight-density))")
        #expect(parseMessage("layers:\n  - {name: a, in: 8, out: 8, p: 2}\n  - {name: a, in: 4, out: 4, p: 2}\n")
            == "w.yaml:3: layers[1].name: 'a' is already used by layers[0]; names must be unique")
        #expect(parseMessage("layers: []\n") == "w.yaml:1: layers: must list at least one layer")
        #expect(parseMessage("layers:\n  - {name: a, in: 8, out: 8, p: 2, k: k.npy}\n").hasPrefix("w.yaml:2: layers[0].k: needs weights:"))
        #expect(parseMessage("layers:\n  - {name: a, in: 8, out: 8, p: 2}\nnetwork: {name: n}\n")
            .hasPrefix("w.yaml:1: document: must have exactly one of layers:"))
        #expect(parseMessage("layers:\n  - 3\n") == "w.yaml:2: layers[0]: must be a mapping of key: value pairs")
    }

    @Test func relativeNpyPathsResolveAgainstTheYamlDirectory() throws {
        let directory = try TemporaryDirectory(prefix: "workloads-tests")
        defer { directory.remove() }
        var rng = SplitMix64(seed: 3)
        let dense = (0..<(12 * 20)).map { _ in rng.uniformUnit() - 0.5 }
        try directory.write("data/w.npy", bytes: try NpyWriter.write(shape: [12, 20], dtype: .float32, values: dense))
        try directory.write("data/x.npy", bytes: try NpyWriter.write(shape: [1, 20], dtype: .float16, values: (0..<20).map { Double($0 % 3) }))
        let path = try directory.write("cfg/w.yaml", text: """
        layers:
          - name: imported
            p: 4
            weights: ../data/w.npy
            activations: ../data/x.npy
          - name: checked
            in: 20
            out: 12
            weight-density: 0.25
            weights: \(directory.path)/data/w.npy
        """)
        let file = try WorkloadFile.load(path: path)
        let entry = file.entries[0]
        #expect(entry.weightsPath == directory.path + "/cfg/../data/w.npy")
        #expect(entry.activationsPath == directory.path + "/cfg/../data/x.npy")
        #expect(file.entries[1].weightsPath == directory.path + "/data/w.npy")
        #expect(entry.spec.inputs == 20 && entry.spec.outputs == 12 && entry.spec.resolvedBlockSize() == 4)
        let layer = try file.materialize(entry, format: format8, seed: 1)
        let report = try #require(layer.projection)
        #expect(report.relativeError > 0 && report.relativeError < 1 && report.retainedEnergy >= 0.25)
        #expect(layer.activations == (0..<20).map { Int16($0 % 3) * 256 })
        let direct = try WeightImport.project(dense: NpyArray(shape: [12, 20], dtype: .float32, values: dense.map { Double(Float($0)) }),
                                              blockSize: 4, format: format8, permutation: .stored, name: "w")
        #expect(layer.weights == direct.0)
        // Without an activations file the inputs are generated on the layer's activation stream:
        // imported weights get the same inputs as a generated layer of the same spec.
        let second = try file.materialize(file.entries[1], format: format8, seed: 1)
        #expect(second.activations == (try LayerGenerator.activations(file.entries[1].spec, format: format8, seed: 1)))
        #expect(second.activations == (try LayerGenerator.generate(file.entries[1].spec, format: format8, seed: 1)).activations)
        #expect(try file.entries[0].inputActivations(format: format8, seed: 1) == layer.activations)
        #expect(second.activations.allSatisfy { $0 != 0 })
    }

    @Test func weightFileShapesAreCheckedAtLoadWithTheYamlLine() throws {
        let directory = try TemporaryDirectory(prefix: "workloads-tests")
        defer { directory.remove() }
        try directory.write("w.npy", bytes: try NpyWriter.write(shape: [12, 20], dtype: .float32, values: Array(repeating: 0, count: 240)))
        try directory.write("x.npy", bytes: try NpyWriter.write(shape: [19], dtype: .float32, values: Array(repeating: 0, count: 19)))
        try directory.write("v.npy", bytes: try NpyWriter.write(shape: [240], dtype: .float32, values: Array(repeating: 0, count: 240)))
        let base = directory.path
        func check(_ yaml: String) -> String { message { _ = try WorkloadFile.parse(yaml: yaml, name: "w.yaml", baseDirectory: base) } }
        #expect(check("layers:\n  - {name: a, in: 21, p: 4, weights: w.npy}\n") == "w.yaml:2: layers[0].in: must equal the weights file's columns 20 (got 21)")
        #expect(check("layers:\n  - {name: a, out: 11, p: 4, weights: w.npy}\n") == "w.yaml:2: layers[0].out: must equal the weights file's rows 12 (got 11)")
        #expect(check("layers:\n  - {name: a, weights: w.npy}\n") == "w.yaml:2: layers[0]: needs weight-density: or p: (the block size p = round(1 / weight-density))")
        #expect(check("layers:\n  - {name: a, p: 4, weights: v.npy}\n").hasPrefix("w.yaml:2: layers[0].weights: \(base)/v.npy has shape (240,); a dense matrix must be 2-D"))
        #expect(check("layers:\n  - {name: a, p: 4, weights: w.npy, activations: x.npy}\n")
            == "w.yaml:2: layers[0].activations: \(base)/x.npy has shape (19,); needs (20,), (1, 20) or (20, 1) for in = 20")
        #expect(check("layers:\n  - {name: a, p: 4, weights: missing.npy}\n") == "\(base)/missing.npy: file: not found")
    }

    @Test func directImportThroughTheFile() throws {
        let directory = try TemporaryDirectory(prefix: "workloads-tests")
        defer { directory.remove() }
        let spec = LayerSpec(name: "src", inputs: 21, outputs: 14, weightDensity: 0.25, blockSize: 4)
        let matrix = try LayerGenerator.generateWeights(spec, format: format8, seed: 5)
        try directory.write("pd.npy", bytes: try NpyWriter.write(shape: [4, 6, 4], dtype: .int16, values: matrix.weights.map(Double.init)))
        try directory.write("k.npy", bytes: try NpyWriter.write(shape: [4, 6], dtype: .int64, values: matrix.permutation.map(Double.init)))
        let path = try directory.write("w.yaml", text: "layers:\n  - {name: d, in: 21, out: 14, weights: pd.npy, k: k.npy}\n  - {name: e, weights: pd.npy, k: k.npy}\n")
        let file = try WorkloadFile.load(path: path)
        #expect(file.entries[0].spec.resolvedBlockSize() == 4 && file.entries[0].spec.weightDensity == 0.25)
        #expect(file.entries[1].spec.inputs == 24 && file.entries[1].spec.outputs == 16)
        let layer = try file.materialize(file.entries[0], format: format8, seed: 2)
        #expect(layer.weights == matrix)
        #expect(layer.projection == nil)
        let bad = try directory.write("bad.yaml", text: "layers:\n  - {name: d, in: 21, out: 14, p: 5, weights: pd.npy, k: k.npy}\n")
        #expect(message { _ = try WorkloadFile.load(path: bad) } == "\(bad):2: layers[0].p: must equal the weights file's p = 4 (got 5)")
        let wrongOut = try directory.write("out.yaml", text: "layers:\n  - {name: d, out: 17, weights: pd.npy, k: k.npy}\n")
        #expect(message { _ = try WorkloadFile.load(path: wrongOut) } == "\(directory.path)/pd.npy: out: must be in 13...16 for 4 block-rows of p = 4 (got 17)")
    }

    @Test func loadReportsMissingFile() {
        #expect(message { _ = try WorkloadFile.load(path: "/nonexistent/w.yaml") } == "/nonexistent/w.yaml: file: cannot be read (missing or not a file)")
    }
}
