import ConfigSupport
import Foundation
import PermSimTestSupport
import Testing
@testable import Workloads

/// The safetensors reader: every supported dtype decoded exactly, one tensor read by offset,
/// and every malformed header refused in one line naming the file, the tensor and the rule.
@Suite struct SafeTensorsTests {
    let directory = try! TemporaryDirectory(prefix: "permsim-safetensors")

    func write(_ name: String, _ data: Data) throws -> String {
        let path = directory.path + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func everyDTypeDecodesExactly() throws {
        defer { directory.remove() }
        func bytes<T>(_ values: [T]) -> [UInt8] { values.flatMap { value in withUnsafeBytes(of: value) { Array($0) } } }
        let tensors: [SafeTensorsBuilder.Tensor] = [
            .float32("f32", shape: [2, 2], [1.5, -2.25, 0, 3e30]),
            .init(name: "f16", dtype: "F16", shape: [3], bytes: bytes([UInt16(0x3C00), 0xC000, 0x7BFF])),        // 1, -2, 65504
            .init(name: "bf16", dtype: "BF16", shape: [2], bytes: bytes([UInt16(0x3FC0), 0xC040])),             // 1.5, -3
            .init(name: "f64", dtype: "F64", shape: [2], bytes: bytes([0.1, -1e300].map(\.bitPattern))),
            .init(name: "i8", dtype: "I8", shape: [3], bytes: [0x7F, 0x80, 0x01]),
            .init(name: "i16", dtype: "I16", shape: [2], bytes: bytes([Int16(-32768), 32767])),
            .init(name: "i32", dtype: "I32", shape: [1, 2], bytes: bytes([Int32(-7), 1 << 30])),
        ]
        let path = try write("all.safetensors", SafeTensorsBuilder.image(tensors, metadata: ["format": "pt"]))
        let file = try SafeTensorsFile.open(path: path)
        #expect(file.entries.map(\.name) == ["bf16", "f16", "f32", "f64", "i16", "i32", "i8"])
        #expect(file.metadata == ["format": "pt"])
        #expect(try file.tensor(named: "f32").values == [1.5, -2.25, 0, Double(Float(3e30))])
        #expect(try file.tensor(named: "f32").shape == [2, 2])
        #expect(try file.tensor(named: "f16").values == [1, -2, 65504])
        #expect(try file.tensor(named: "bf16").values == [1.5, -3])
        #expect(try file.tensor(named: "f64").values == [0.1, -1e300])
        #expect(try file.tensor(named: "i8").values == [127, -128, 1])
        #expect(try file.tensor(named: "i16").values == [-32768, 32767])
        #expect(try file.tensor(named: "i32").values == [-7, Double(1 << 30)])
        // Integer tensors hold fixed-point codes, like integer .npy files.
        #expect(try file.tensor(named: "i16").dtype.isInteger && !(try file.tensor(named: "f32").dtype.isInteger))
        #expect(message { _ = try file.tensor(named: "f33") }.contains("no tensor named 'f33'; did you mean 'f32'?"))
    }

    @Test func malformedFilesAreRefusedInOneLine() throws {
        defer { directory.remove() }
        let good = Array(#"{"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}"#.utf8)
        let data = [UInt8](repeating: 0, count: 16)
        let cases: [(String, Data, String)] = [
            ("short", Data([1, 2, 3]), "shorter than the 8-byte header length"),
            ("long-header", SafeTensorsBuilder.raw(header: good, data: data, claimedLength: 10_000), "claims 10000 bytes but the file has"),
            ("huge-header", SafeTensorsBuilder.raw(header: good, data: data, claimedLength: 1 << 40), "over the format's limit"),
            ("not-utf8", SafeTensorsBuilder.raw(header: [0xFF, 0xFE, 0x7B], data: data), "is not UTF-8"),
            ("not-json", SafeTensorsBuilder.raw(header: Array("{nope".utf8), data: data), "is not a JSON object"),
            ("dtype", SafeTensorsBuilder.raw(header: Array(#"{"w":{"dtype":"C64","shape":[2],"data_offsets":[0,16]}}"#.utf8), data: data), "tensor 'w': dtype 'C64' is not a safetensors dtype"),
            ("offsets-out", SafeTensorsBuilder.raw(header: Array(#"{"w":{"dtype":"F32","shape":[8],"data_offsets":[0,32]}}"#.utf8), data: data), "outside the 16 bytes of data"),
            ("mismatch", SafeTensorsBuilder.raw(header: Array(#"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}}"#.utf8), data: data), "needs 12 bytes but data_offsets [0, 16] hold 16"),
            ("overlap", SafeTensorsBuilder.raw(header: Array(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#.utf8), data: data), "overlap tensor 'a'"),
            ("elements", SafeTensorsBuilder.raw(header: Array(#"{"w":{"dtype":"F32","shape":[1000000,1000001],"data_offsets":[0,16]}}"#.utf8), data: data), "over 10^12 elements"),
            ("duplicate", SafeTensorsBuilder.raw(header: Array(#"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"w":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}"#.utf8), data: data), "names tensor 'w' twice"),
            ("negative-shape", SafeTensorsBuilder.raw(header: Array(#"{"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}"#.utf8), data: data), "shape must be a list of non-negative integers"),
            ("metadata", SafeTensorsBuilder.raw(header: Array(#"{"__metadata__":{"a":1}}"#.utf8), data: data), "__metadata__: must map names to strings"),
        ]
        for (name, image, expected) in cases {
            let path = try write(name + ".safetensors", image)
            let text = message { _ = try SafeTensorsFile.open(path: path) }
            #expect(text.hasPrefix(path + ": ") && text.contains(expected) && !text.contains("\n"), "\(name): \(text)")
        }
        #expect(message { _ = try SafeTensorsFile.open(path: directory.path + "/missing.safetensors") }.contains("cannot be read"))
    }

    /// A model file also holds tensors of types PermSim does not import (BERT's I64
    /// `position_ids`): the file opens, and only asking for such a tensor is refused.
    @Test func otherDTypesOpenButAreNotImported() throws {
        defer { directory.remove() }
        let header = Array(#"{"ids":{"dtype":"I64","shape":[2],"data_offsets":[0,16]},"w":{"dtype":"F32","shape":[2,2],"data_offsets":[16,32]}}"#.utf8)
        let path = try write("mixed.safetensors", SafeTensorsBuilder.raw(header: header, data: [UInt8](repeating: 0, count: 32)))
        let file = try SafeTensorsFile.open(path: path)
        #expect(file.entries.map(\.name) == ["ids", "w"] && file.entries[0].dtype == .i64)
        #expect(try file.tensor(named: "w").shape == [2, 2])
        let refused = message { _ = try file.tensor(named: "ids") }
        #expect(refused.hasPrefix(path + ": ") && refused.contains("dtype I64 cannot be imported as weights"), "\(refused)")
    }

    /// `weights:` with `tensor:` in a workload file, and the tensor required (or refused) by file type.
    @Test func workloadFilesTakeATensor() throws {
        defer { directory.remove() }
        let values = (0..<96).map { Float($0 % 11) / 4 - 1 }
        _ = try write("model.safetensors", SafeTensorsBuilder.image([.float32("layer.weight", shape: [8, 12], values),
                                                                      .float32("layer.bias", shape: [8], Array(values.prefix(8)))]))
        let file = try WorkloadFile.parse(yaml: "layers:\n  - {name: fc, weights: model.safetensors, tensor: layer.weight, p: 4}\n",
                                          name: "w.yaml", baseDirectory: directory.path)
        let entry = try #require(file.entries.first)
        #expect(entry.spec.inputs == 12 && entry.spec.outputs == 8 && entry.weightsTensor == "layer.weight")
        let layer = try entry.materialize(format: .default, seed: 1)
        #expect(layer.weights.rows == 8 && layer.weights.columns == 12 && layer.projection != nil)
        let missing = message { _ = try WorkloadFile.parse(yaml: "layers:\n  - {name: fc, weights: model.safetensors, p: 4}\n", name: "w.yaml", baseDirectory: directory.path) }
        #expect(missing.contains("tensor: is required for a .safetensors file"), "\(missing)")
        let oneD = message { _ = try WorkloadFile.parse(yaml: "layers:\n  - {name: fc, weights: model.safetensors, tensor: layer.bias, p: 4}\n", name: "w.yaml", baseDirectory: directory.path) }
        #expect(oneD.contains("a dense matrix must be 2-D"), "\(oneD)")
        let orphan = message { _ = try WorkloadFile.parse(yaml: "layers:\n  - {name: fc, in: 8, out: 8, tensor: x, p: 4}\n", name: "w.yaml", baseDirectory: directory.path) }
        #expect(orphan.contains("tensor: names a tensor of the weights: file"), "\(orphan)")
    }
}
