import Foundation

/// Builds `.safetensors` images for tests: well-formed ones from tensors, and malformed ones
/// from a raw header text and data, byte for byte.
public enum SafeTensorsBuilder {
    /// One tensor: its dtype name, shape and little-endian bytes.
    public struct Tensor {
        public var name: String
        public var dtype: String
        public var shape: [Int]
        public var bytes: [UInt8]

        public init(name: String, dtype: String, shape: [Int], bytes: [UInt8]) {
            self.name = name
            self.dtype = dtype
            self.shape = shape
            self.bytes = bytes
        }

        /// A float32 tensor of `values`.
        public static func float32(_ name: String, shape: [Int], _ values: [Float]) -> Tensor {
            Tensor(name: name, dtype: "F32", shape: shape, bytes: values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian) { Array($0) } })
        }
    }

    /// The image of `tensors` laid out in order, with `metadata`.
    public static func image(_ tensors: [Tensor], metadata: [String: String]? = nil) -> Data {
        var entries: [String] = []
        var offset = 0
        for tensor in tensors {
            entries.append("\"\(tensor.name)\":{\"dtype\":\"\(tensor.dtype)\",\"shape\":[\(tensor.shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offset),\(offset + tensor.bytes.count)]}")
            offset += tensor.bytes.count
        }
        if let metadata {
            entries.insert("\"__metadata__\":{" + metadata.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ",") + "}", at: 0)
        }
        return raw(header: Array(("{" + entries.joined(separator: ",") + "}").utf8), data: tensors.flatMap(\.bytes))
    }

    /// An image of exactly `header` (its length in the first 8 bytes) followed by `data`.
    public static func raw(header: [UInt8], data: [UInt8], claimedLength: UInt64? = nil) -> Data {
        let length = claimedLength ?? UInt64(header.count)
        return Data(withUnsafeBytes(of: length.littleEndian) { Array($0) } + header + data)
    }
}
