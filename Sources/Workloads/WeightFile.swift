import ConfigSupport

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
