import Foundation
import PermSimTestSupport
import Testing
@testable import Workloads

struct NpyTests {
    /// `np.save(f, np.array([[1.5, -2.0, 0.0], [65504.0, 2**-24, -np.inf]], dtype='<f2'))` with numpy 2.4.
    static let numpyFloat16 = hexBytes("934e554d5059010076007b276465736372273a20273c6632272c2027666f727472616e5f6f72646572273a2046616c73652c20277368617065273a2028322c2033292c207d202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020202020200a003e00c00000ff7b010000fc")

    static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }

    @Test func readsNumpyFloat16File() throws {
        let array = try NpyArray.read(data: Self.numpyFloat16, name: "h.npy")
        #expect(array.shape == [2, 3])
        #expect(array.dtype == .float16)
        #expect(array.values == [1.5, -2.0, 0.0, 65504.0, 0x1p-24, -.infinity])
        #expect(array.name == "h.npy")
    }

    @Test func writerMatchesNumpyByteForByte() throws {
        let bytes = try NpyWriter.write(shape: [2, 3], dtype: .float16, values: [1.5, -2.0, 0.0, 65504.0, 0x1p-24, -.infinity])
        #expect(bytes == Self.numpyFloat16)
        #expect(bytes.count % 64 == 12)  // 128-byte header, then 12 data bytes
    }

    @Test(arguments: [
        (NpyDType.float32, [0, 1.5, -2.25, 1e-3, 3.4e38, -1e-45] as [Double]),
        (NpyDType.float16, [0, -0.0, 1.5, 65504, -65504, 0x1p-24, 0x1p-14, 0x1.ff8p-15, 0.5]),
        (NpyDType.int16, [0, 1, -1, 32767, -32768, 1234]),
        (NpyDType.int32, [0, -2_147_483_648, 2_147_483_647, 99]),
        (NpyDType.int64, [0, -9_007_199_254_740_992, 9_007_199_254_740_992, 7]),
    ])
    func roundTrip(dtype: NpyDType, values: [Double]) throws {
        let bytes = try NpyWriter.write(shape: [values.count], dtype: dtype, values: values)
        let array = try NpyArray.read(data: bytes, name: "r.npy")
        #expect(array.shape == [values.count])
        #expect(array.dtype == dtype)
        let expected = dtype == .float32 ? values.map { Double(Float($0)) } : values
        #expect(array.values == expected)
        #expect(array.values.map(\.sign) == expected.map(\.sign))
    }

    @Test func float16Specials() throws {
        let values: [Double] = [.infinity, -.infinity, .nan, 65519, 65520, 1e-8, 3e-8, 0x1p-14 - 0x1p-25, 0.1, 1.0 / 3, 1.00048828125, 1.000732421875, 2049, 2051]
        let bytes = try NpyWriter.write(shape: [values.count], dtype: .float16, values: values)
        // Bit patterns numpy gives for the same doubles (astype(np.float16).view(np.uint16)).
        let expectedBits: [UInt16] = [0x7C00, 0xFC00, 0x7E00, 0x7BFF, 0x7C00, 0x0000, 0x0001, 0x0400, 0x2E66, 0x3555, 0x3C00, 0x3C01, 0x6800, 0x6802]
        let data = Array(bytes[128...])
        let bits = stride(from: 0, to: data.count, by: 2).map { UInt16(data[$0]) | UInt16(data[$0 + 1]) << 8 }
        #expect(bits == expectedBits)
        let array = try NpyArray.read(data: bytes, name: "s.npy")
        #expect(array.values[0] == .infinity && array.values[1] == -.infinity && array.values[2].isNaN)
        #expect(array.values[3] == 65504 && array.values[4] == .infinity)
        #expect(array.values[6] == 0x1p-24 && array.values[7] == 0x1p-14)
        #expect(array.values[8] == 0.0999755859375 && array.values[9] == 0.333251953125)
        #expect(Half.decode(0x8001) == -0x1p-24)
        #expect(Half.decode(0x7C01).isNaN)
        #expect(Half.decode(0x03FF) == 1023 * 0x1p-24)
    }

    @Test func writerRejectsValueCountThatDisagreesWithShape() {
        #expect(message { _ = try NpyWriter.write(shape: [2, 3], dtype: .float32, values: [1, 2]) } == "values: shape (2, 3) needs 6 values, got 2")
        #expect(message { _ = try NpyWriter.write(shape: [-1], dtype: .float32, values: []) }.hasPrefix("shape: (-1,) must have non-negative sizes"))
        #expect(message { _ = try NpyWriter.write(shape: [1 << 40, 1 << 40], dtype: .float32, values: []) }.hasPrefix("shape:"))
    }

    @Test func integerWriterRoundsAndClamps() throws {
        let bytes = try NpyWriter.write(shape: [5], dtype: .int16, values: [2.5, -2.5, 1e9, -1e9, .nan])
        #expect(try NpyArray.read(data: bytes, name: "i.npy").values == [3, -3, 32767, -32768, 0])
    }

    @Test func scalarAndEmptyShapes() throws {
        let scalar = try NpyArray.read(data: NpyWriter.write(shape: [], dtype: .float32, values: [2]), name: "s.npy")
        #expect(scalar.shape == [] && scalar.values == [2])
        let empty = try NpyArray.read(data: NpyWriter.write(shape: [0, 3], dtype: .int16, values: []), name: "e.npy")
        #expect(empty.shape == [0, 3] && empty.values.isEmpty)
    }

    @Test func version2Header() throws {
        let dictionary = Array("{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }".utf8)
        var header = dictionary + [UInt8](repeating: 0x20, count: 128 - 12 - dictionary.count - 1) + [0x0A]
        let length = header.count
        header = NpyHeader.magic + [2, 0, UInt8(length), 0, 0, 0] + header
        let bytes = header + [0x05, 0x00, 0xFE, 0xFF]
        let array = try NpyArray.read(data: bytes, name: "v2.npy")
        #expect(array.shape == [2] && array.dtype == .int16 && array.values == [5, -2])
    }

    @Test func largeHeaderSwitchesToVersion2() throws {
        let shape = [Int](repeating: 1, count: 22_000)
        let bytes = try NpyWriter.write(shape: shape, dtype: .int16, values: [7])
        #expect(bytes[6] == 2)
        let array = try NpyArray.read(data: bytes, name: "big.npy")
        #expect(array.shape.count == 22_000 && array.values == [7])
    }

    @Test func truncatedDataIsRejectedBeforeAllocating() throws {
        let bytes = try NpyWriter.write(shape: [3, 4], dtype: .float32, values: Array(repeating: 1, count: 12))
        #expect(message { _ = try NpyArray.read(data: Array(bytes.dropLast(8)), name: "t.npy") }
            == "t.npy: data: truncated: shape (3, 4) of '<f4' needs 48 bytes, found 40")
        // A header claiming an absurd shape fails on the size check, not on allocation.
        let huge = replacing(try NpyWriter.write(shape: [3, 4], dtype: .float32, values: Array(repeating: 0, count: 12)), "(3, 4)", with: "(9999999999, 9)")
        #expect(message { _ = try NpyArray.read(data: huge, name: "h.npy") }.hasPrefix("h.npy: data: truncated: shape (9999999999, 9)"))
        let overflow = replacing(try NpyWriter.write(shape: [3, 4], dtype: .float32, values: Array(repeating: 0, count: 12)), "(3, 4)", with: "(99999999999, 99999999999)")
        #expect(message { _ = try NpyArray.read(data: overflow, name: "o.npy") } == "o.npy: shape: (99999999999, 99999999999) is too large")
    }

    @Test(arguments: ["<f8", "|i1", ">f4", "<u2", "<c8"])
    func unsupportedDtype(descr: String) throws {
        let bytes = replacing(try NpyWriter.write(shape: [2], dtype: .float32, values: [1, 2]), "<f4", with: descr)
        #expect(message { _ = try NpyArray.read(data: bytes, name: "d.npy") }
            == "d.npy: dtype: '\(descr)' is not supported (use little-endian float32, float16 or int16)")
    }

    @Test func fortranOrderIsRejected() throws {
        let bytes = replacing(try NpyWriter.write(shape: [2, 2], dtype: .float32, values: [1, 2, 3, 4]), "False", with: "True ")
        #expect(message { _ = try NpyArray.read(data: bytes, name: "f.npy") }.hasPrefix("f.npy: fortran_order: Fortran-order arrays are not supported"))
    }

    @Test func badMagicVersionAndHeader() throws {
        var bytes = try NpyWriter.write(shape: [2], dtype: .int16, values: [1, 2])
        var bad = bytes
        bad[1] = UInt8(ascii: "X")
        #expect(message { _ = try NpyArray.read(data: bad, name: "m.npy") } == "m.npy: magic: not a NumPy .npy file (no \\x93NUMPY signature)")
        #expect(message { _ = try NpyArray.read(data: [1, 2, 3], name: "short.npy") }.hasPrefix("short.npy: magic:"))
        bad = bytes
        bad[6] = 4
        #expect(message { _ = try NpyArray.read(data: bad, name: "v.npy") } == "v.npy: version: format 4.0 is not supported (1.0, 2.0 or 3.0)")
        bytes = replacing(bytes, "'shape'", with: "'shope'")
        #expect(message { _ = try NpyArray.read(data: bytes, name: "k.npy") }.hasPrefix("k.npy: header: must have exactly the keys"))
        let garbled = replacing(try NpyWriter.write(shape: [2], dtype: .int16, values: [1, 2]), "(2,)", with: "[2] ")
        #expect(message { _ = try NpyArray.read(data: garbled, name: "g.npy") }.hasPrefix("g.npy: header: unexpected value"))
        let cut = Array(try NpyWriter.write(shape: [2], dtype: .int16, values: [1, 2]).prefix(40))
        #expect(message { _ = try NpyArray.read(data: cut, name: "c.npy") } == "c.npy: header: truncated: needs 128 bytes, found 40")
    }

    @Test func readsFilesAndHeaders() throws {
        let directory = try TemporaryDirectory(prefix: "workloads-tests")
        defer { directory.remove() }
        let path = try directory.write("a.npy", bytes: try NpyWriter.write(shape: [2, 2], dtype: .float32, values: [1, 2, 3, 4]))
        let array = try NpyArray.read(path: path)
        #expect(array.values == [1, 2, 3, 4] && array.name == path)
        let header = try NpyArray.readHeader(path: path)
        #expect(header.shape == [2, 2] && header.dtype == .float32)
        #expect(message { _ = try NpyArray.read(path: directory.path + "/missing.npy") } == "\(directory.path)/missing.npy: file: not found")
        #expect(message { _ = try NpyArray.readHeader(path: directory.path) }.hasSuffix("file: is a directory, expected a .npy file"))
    }

    /// `bytes` with the ASCII text `old` replaced by `new` of the same length (header edits).
    private func replacing(_ bytes: [UInt8], _ old: String, with new: String) -> [UInt8] {
        let oldBytes = Array(old.utf8), newBytes = Array(new.utf8)
        var result = bytes
        for start in 0...(bytes.count - oldBytes.count) where Array(bytes[start..<start + oldBytes.count]) == oldBytes {
            if newBytes.count == oldBytes.count {
                result.replaceSubrange(start..<start + oldBytes.count, with: newBytes)
            } else {
                // Keep the header length by absorbing the difference in the space padding.
                result.replaceSubrange(start..<start + oldBytes.count, with: newBytes)
                let difference = newBytes.count - oldBytes.count
                if let newline = result.firstIndex(of: 0x0A) {
                    result.removeSubrange((newline - difference)..<newline)
                }
            }
            return result
        }
        return result
    }
}
