import ConfigSupport
import Foundation
import PermSimTestSupport
import Testing
@testable import Workloads

/// The fast paths of reading weights: the bulk float32 decoding (aligned or not) gives the
/// per-element values bit for bit, and `WeightFile.checkedMatrix` (which checks float32 files
/// on their raw bits) answers exactly as reading the file and `checkedMatrix` do, errors included.
@Suite struct WeightFileReadTests {
    /// The little-endian float32 values of `bytes`, one at a time: what the decoders must give.
    static func perElement(_ bytes: [UInt8]) -> [UInt64] {
        stride(from: 0, to: bytes.count - 3, by: 4).map { start in
            let word = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
            return Double(Float(bitPattern: word)).bitPattern
        }
    }

    @Test func float32DecodingMatchesThePerElementValues() {
        var generator = SplitMix64(seed: 41)
        for count in [0, 1, 3, 7, 1000, 4099] {
            // Random bit patterns: every exponent, NaNs with payloads, infinities, subnormals.
            let bytes = (0..<(4 * count)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let expected = Self.perElement(bytes)
            let aligned = bytes.withUnsafeBytes { LittleEndianDecode.float32($0, count: count) }.map(\.bitPattern)
            let unaligned = ([0] + bytes).withUnsafeBytes { raw in
                LittleEndianDecode.float32(UnsafeRawBufferPointer(rebasing: raw[1...]), count: count)
            }.map(\.bitPattern)
            #expect(aligned == expected && unaligned == expected, "\(count) values")
            let finite = expected.allSatisfy { Double(bitPattern: $0).isFinite }
            #expect(WeightFile.allFiniteFloat32(bytes, offset: 0, count: count) == finite)
            #expect(WeightFile.allFiniteFloat32([0, 0, 0] + bytes, offset: 3, count: count) == finite)
        }
    }

    /// `checkedMatrix(path:tensor:label:)` is `read(path:tensor:).checkedMatrix(label:)`:
    /// the same shape, or the same one-line error.
    @Test func checkedMatrixAnswersAsReadingDoes() throws {
        let directory = try TemporaryDirectory(prefix: "permsim-weightfile")
        defer { directory.remove() }
        func npy(_ name: String, _ shape: [Int], _ dtype: NpyDType, _ values: [Double]) throws -> String {
            try directory.write(name, bytes: NpyWriter.write(shape: shape, dtype: dtype, values: values))
        }
        let good = (0..<12).map { Double($0) * 0.25 - 1 }
        var bad = good
        bad[7] = .nan
        var infinite = good
        infinite[11] = -.infinity
        var files: [(path: String, tensor: String?)] = [
            (try npy("good.npy", [3, 4], .float32, good), nil),
            (try npy("nan.npy", [3, 4], .float32, bad), nil),
            (try npy("inf.npy", [4, 3], .float32, infinite), nil),
            (try npy("flat.npy", [12], .float32, good), nil),
            (try npy("cube.npy", [2, 2, 3], .float32, good), nil),
            (try npy("empty.npy", [0, 4], .float32, []), nil),
            (try npy("half.npy", [3, 4], .float16, infinite), nil),
            (try npy("ints.npy", [2, 6], .int16, good.map { $0 * 4 }), nil),
            (try npy("good.npy", [3, 4], .float32, good), "w"),
            (directory.path + "/missing.npy", nil),
        ]
        let truncated = try NpyWriter.write(shape: [3, 4], dtype: .float32, values: good).dropLast(4)
        files.append((try directory.write("truncated.npy", bytes: Array(truncated)), nil))
        let image = SafeTensorsBuilder.image([
            .float32("w", shape: [3, 4], good.map { Float($0) }),
            .float32("nan", shape: [4, 3], bad.map { Float($0) }),
            .float32("row", shape: [12], good.map { Float($0) }),
        ])
        let safetensors = try directory.write("m.safetensors", bytes: Array(image))
        files += [(safetensors, "w"), (safetensors, "nan"), (safetensors, "row"), (safetensors, "missing"), (safetensors, nil)]
        for (path, tensor) in files {
            let label = tensor.map { "\(path)[\($0)]" } ?? path
            let fast = Result { try WeightFile.checkedMatrix(path: path, tensor: tensor, label: label) }
            let general = Result { try WeightFile.read(path: path, tensor: tensor).checkedMatrix(label: label) }
            switch (fast, general) {
            case let (.success(a), .success(b)):
                #expect(a == b, "\(label)")
            case let (.failure(a), .failure(b)):
                #expect("\(a)" == "\(b)", "\(label)")
            default:
                Issue.record("\(label): \(fast) but reading gives \(general)")
            }
        }
        #expect(try WeightFile.checkedMatrix(path: files[0].path, tensor: nil, label: "x") == (3, 4))
        #expect(WeightFile.finiteFloat32Matrix(path: files[0].path, tensor: nil)! == (3, 4))
        #expect(WeightFile.finiteFloat32Matrix(path: files[1].path, tensor: nil) == nil)
    }
}
