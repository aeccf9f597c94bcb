import Foundation
import PermSimTestSupport
import Testing

/// Real weights from a `.safetensors` file, from the command line: listed, run on every
/// engine (each projecting it onto its structure), refused in one line when the tensor is
/// missing, not 2-D, or given for a `.npy` file.
@Suite struct SafeTensorsCLITests {
    let directory = try! TemporaryDirectory(prefix: "permsim-cli-safetensors")

    func model() throws -> String {
        let values: [Float] = (0..<(24 * 40)).map { (index: Int) -> Float in
            let step = Float((index * 37) % 101)
            return step / 50 - 1
        }
        let path = directory.path + "/model.safetensors"
        try SafeTensorsBuilder.image([.float32("encoder.dense.weight", shape: [24, 40], values),
                                      .float32("encoder.dense.bias", shape: [24], Array(values.prefix(24)))],
                                     metadata: ["format": "pt"]).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func listsTensorsAndRunsOnEveryEngine() throws {
        defer { directory.remove() }
        let path = try model()
        let list = try PermSimProcess.run(["list", "--tensors", path])
        let row = list.stdout.split(separator: "\n").first { $0.hasPrefix("encoder.dense.weight ") }.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(list.status == 0 && row == "encoder.dense.weight F32 24 x 40" && !list.stdout.contains("dense.bias"), "\(list.stdout)")
        #expect(list.stdout.contains("1 of 2 tensors are 2-D"))
        for engine in ["permdnn", "eie", "circnn"] {
            let run = try PermSimProcess.run(["run", "--engine", engine, "--weights", path, "--tensor", "encoder.dense.weight", "--weight-density", "0.25", "--format", "json"])
            #expect(run.status == 0, "\(engine): \(run.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(rows[0]["workload"] as? String == "encoder.dense.weight" && rows[0]["inputs"] as? Int == 40 && rows[0]["outputs"] as? Int == 24)
            #expect(rows[0]["matches_reference"] as? Bool == true && (rows[0]["projection_error"] as? Double ?? -1) >= 0, "\(engine)")
        }
    }

    /// `compare --weights --tensor`: every design runs the same real tensor.
    @Test func compareTakesATensor() throws {
        defer { directory.remove() }
        let path = try model()
        let output = directory.path + "/compare"
        let result = try PermSimProcess.run(["compare", "--weights", path, "--tensor", "encoder.dense.weight", "--weight-density", "0.25", "--output-dir", output])
        #expect(result.status == 0, "\(result.stderr)")
        let metrics = try String(contentsOfFile: output + "/comparison-metrics.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(metrics.count == 7 && metrics.allSatisfy { $0.contains(",encoder.dense.weight,") }, "\(metrics)")
    }

    @Test func badTensorArgumentsAreOneLine() throws {
        defer { directory.remove() }
        let path = try model()
        for (arguments, expected) in [
            (["run", "--weights", path, "--p", "4"], "tensor: is required"),
            (["run", "--weights", path, "--tensor", "encoder.dense.wieght", "--p", "4"], "did you mean 'encoder.dense.weight'"),
            (["run", "--weights", path, "--tensor", "encoder.dense.bias", "--p", "4"], "must be 2-D"),
            (["run", "--tensor", "x", "--in", "8", "--out", "8", "--p", "2"], "--tensor: names a tensor of the --weights file"),
            (["list", "--tensors", directory.path + "/missing.safetensors"], "cannot be read"),
        ] {
            let result = try PermSimProcess.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("permsim: ") && lines[0].contains(expected), "\(arguments): \(result.stderr)")
        }
    }
}
