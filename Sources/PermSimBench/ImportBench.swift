import CommandLineSupport
import ConfigSupport
import Foundation
import PermSim
import Workloads

/// The import cases: a 4096 x 1000 dense float32 matrix (deterministic values from
/// `SplitMix64`) in a `.npy` file and, the same tensor, in a `.safetensors` file; each row
/// times what `permsim run --weights FILE [--tensor weight] --weight-density 0.125 --engine E`
/// does to import it: the custom layer's source (the file read and checked, which gives the
/// shape) and the engine's `layer(for:input:)` (the file read again and encoded: PermDNN at
/// p = 8, EIE pruned to density 0.125 with its codebook, CirCNN at block size 8).
enum ImportBench {
    static let rows = 4096
    static let columns = 1000
    static let density = 0.125
    /// The tensor's name in the `.safetensors` file.
    static let tensor = "weight"
    static let npyName = "import-4096x1000.npy"
    static let safeTensorsName = "import-4096x1000.safetensors"

    /// The matrix, row-major: uniform in [-0.5, 0.5) rounded to float32 (seed 2026).
    static func values() -> [Float] {
        var generator = SplitMix64(seed: 2026)
        return (0..<(rows * columns)).map { _ in Float(generator.uniformUnit() - 0.5) }
    }

    /// Writes both files into `directory` (created if needed).
    static func write(into directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let values = values()
        let npy = try NpyWriter.write(shape: [rows, columns], dtype: .float32, values: values.map(Double.init))
        try Data(npy).write(to: directory.appendingPathComponent(npyName))
        var data = [UInt8]()
        data.reserveCapacity(values.count * 4)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { data += $0 } }
        var header = Array("{\"\(tensor)\":{\"dtype\":\"F32\",\"shape\":[\(rows),\(columns)],\"data_offsets\":[0,\(data.count)]}}".utf8)
        // The data starts 8-byte aligned, as the format's writers do.
        while header.count % 8 != 0 { header.append(0x20) }
        let length = withUnsafeBytes(of: UInt64(header.count).littleEndian) { Array($0) }
        try Data(length + header + data).write(to: directory.appendingPathComponent(safeTensorsName))
    }

    /// The `--weights` (and `--tensor`) options of `benchCase`'s file in `directory`.
    static func customLayer(_ benchCase: BenchCase, directory: URL) -> WorkloadSelection.CustomLayer {
        benchCase == .importNpy
            ? WorkloadSelection.CustomLayer(weightDensity: density, weights: directory.appendingPathComponent(npyName).path)
            : WorkloadSelection.CustomLayer(weightDensity: density, weights: directory.appendingPathComponent(safeTensorsName).path, tensor: tensor)
    }
}

extension PermSimBenchCommand {
    /// Times one import case for one engine: `permsim run`'s import of the case's file for that
    /// engine (`ImportBench`), the files written first (into `--import-directory`, or a
    /// temporary directory of this process removed afterwards) and not timed.
    func measureImport(_ benchCase: BenchCase, model: BenchModel) throws -> BenchRow {
        guard BenchModel.importEngines.contains(model) else {
            throw ConfigError.invalid(field: "--model", rule: "the import cases take permdnn, eie or circnn (got '\(model.rawValue)')")
        }
        var directory: URL
        var temporary: URL?
        if let importDirectory {
            directory = URL(fileURLWithPath: importDirectory)
        } else {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("permsim-bench-import-\(getpid())")
            temporary = directory
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        if temporary != nil || !FileManager.default.fileExists(atPath: ImportBench.customLayer(benchCase, directory: directory).weights ?? "") {
            try ImportBench.write(into: directory)
        }
        let accelerator = try EngineTable.standard.accelerator(named: model.rawValue, options: EngineOptions())
        let custom = ImportBench.customLayer(benchCase, directory: directory)
        var layers = 0
        let timing = try BenchTiming.measure(runs: options.repeat) {
            guard let source = try custom.source() else {
                throw ConfigError.invalid(field: "--case", rule: "the import case gave no layer")
            }
            // Keep the layer until the next run, so the work cannot be optimised away.
            let layer = try accelerator.layer(for: source, input: nil)
            layers += withExtendedLifetime(layer) { 1 }
            return (0, 0)
        }
        if layers == 0 { print(layers) }
        return BenchRow(benchCase: benchCase.rawValue, model: model.rawValue, weights: ImportBench.rows * ImportBench.columns, timing: timing)
    }
}
