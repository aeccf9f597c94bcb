import ConfigSupport
import Foundation

/// A file of real weights: a `.npy` array, or one tensor of a `.safetensors` file. Every route
/// that reads a user's weights (`--weights`, `weights:` in a workload file, each engine's
/// projection) reads them here, so both formats work everywhere.
public enum WeightFile {
    /// The array at `path` (and `tensor`, which a `.safetensors` file needs and a `.npy`
    /// file must not have).
    public static func read(path: String, tensor: String?) throws -> NpyArray {
        if SafeTensorsFile.isSafeTensors(path) {
            return try SafeTensorsFile.open(path: path).tensor(named: requiredTensor(tensor, path: path))
        }
        try refuseTensor(tensor, path: path)
        return try NpyArray.read(path: path)
    }

    /// The rows and columns of the dense matrix at `path` (and `tensor`):
    /// `read(path:tensor:).checkedMatrix(label:)`, with the same errors, for a caller that needs
    /// only the checked shape. A float32 matrix whose values are all finite is checked on its
    /// raw bits, without widening them to `Double` (the layer builders read the file again);
    /// anything else, and every error, goes the general way.
    public static func checkedMatrix(path: String, tensor: String?, label: String) throws -> (rows: Int, columns: Int) {
        if let shape = finiteFloat32Matrix(path: path, tensor: tensor) { return shape }
        return try read(path: path, tensor: tensor).checkedMatrix(label: label)
    }

    /// The shape of a 2-D float32 matrix (both sizes at least 1) whose values are all finite
    /// and which `read` would accept; nil for anything else (the caller then reads it the
    /// general way, which accepts it or names the problem).
    static func finiteFloat32Matrix(path: String, tensor: String?) -> (rows: Int, columns: Int)? {
        func matrix(_ shape: [Int]) -> (rows: Int, columns: Int)? {
            shape.count == 2 && shape[0] >= 1 && shape[1] >= 1 ? (shape[0], shape[1]) : nil
        }
        if SafeTensorsFile.isSafeTensors(path) {
            guard let tensor, let file = try? SafeTensorsFile.open(path: path), let entry = file.entries.first(where: { $0.name == tensor }),
                  entry.dtype == .f32, let shape = matrix(entry.shape),
                  UInt64(entry.elements) * 8 + UInt64(entry.end - entry.begin) <= ProcessInfo.processInfo.physicalMemory,
                  case let .bytes(bytes) = FileBytes.read(path: path, offset: file.dataStart + entry.begin, count: entry.end - entry.begin),
                  allFiniteFloat32(bytes, offset: 0, count: entry.elements) else { return nil }
            return shape
        }
        guard tensor == nil, let bytes = try? NpyArray.readFile(path), let header = try? NpyHeader(bytes: bytes, name: path),
              header.dtype == .float32, let shape = matrix(header.shape), let needed = try? header.dataBytes(name: path),
              bytes.count - header.dataOffset >= needed,
              allFiniteFloat32(bytes, offset: header.dataOffset, count: needed / 4) else { return nil }
        return shape
    }

    /// Whether the `count` little-endian float32 values from byte `offset` are all finite: no
    /// exponent of all ones. `(bits & exponent) + 2^23` reaches bit 31 exactly for those, so a
    /// branch-free OR over the words (vectorised) answers.
    static func allFiniteFloat32(_ bytes: [UInt8], offset: Int, count: Int) -> Bool {
        precondition(offset >= 0 && bytes.count - offset >= 4 * count)
        return bytes.withUnsafeBytes { raw in
            guard count > 0, let base = raw.baseAddress.map({ $0 + offset }) else { return true }
            var flags: UInt32 = 0
            #if _endian(little)
            if Int(bitPattern: base) % MemoryLayout<UInt32>.alignment == 0 {
                base.withMemoryRebound(to: UInt32.self, capacity: count) { words in
                    for i in 0..<count { flags |= (words[i] & 0x7F80_0000) &+ 0x0080_0000 }
                }
                return flags >> 31 == 0
            }
            #endif
            for i in 0..<count {
                let bits = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
                flags |= (bits & 0x7F80_0000) &+ 0x0080_0000
            }
            return flags >> 31 == 0
        }
    }

    /// The array's shape, from the header only.
    public static func shape(path: String, tensor: String?) throws -> [Int] {
        if SafeTensorsFile.isSafeTensors(path) {
            let file = try SafeTensorsFile.open(path: path)
            let name = try requiredTensor(tensor, path: path)
            guard let entry = file.entries.first(where: { $0.name == name }) else { return try file.tensor(named: name).shape }
            return entry.shape
        }
        try refuseTensor(tensor, path: path)
        return try NpyArray.readHeader(path: path).shape
    }

    private static func requiredTensor(_ tensor: String?, path: String) throws -> String {
        guard let tensor else {
            throw WorkloadError.invalid(field: "tensor", rule: "is required for a .safetensors file: name the tensor (permsim list --tensors \(path))", location: path)
        }
        return tensor
    }

    private static func refuseTensor(_ tensor: String?, path: String) throws {
        if let tensor {
            throw WorkloadError.invalid(field: "tensor", rule: "'\(tensor)' names a tensor, but only .safetensors files hold named tensors", location: path)
        }
    }
}
