import ConfigSupport
import FixedPoint
import Foundation
@testable import Workloads

/// The `WorkloadError` that `body` throws, or `nil` when it succeeds or throws something else.
func workloadError(_ body: () throws -> Void) -> WorkloadError? {
    do {
        try body()
        return nil
    } catch let error as WorkloadError {
        return error
    } catch {
        return nil
    }
}

/// The one-line message of the `WorkloadError` that `body` throws ("" when none).
func message(_ body: () throws -> Void) -> String {
    workloadError(body)?.description ?? ""
}

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "/workloads-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        let directory = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else { throw CocoaError(.fileWriteUnknown) }
        return full
    }

    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The dense real matrix (unpadded `rows x columns`, row-major) that a permuted-diagonal matrix stands for.
func denseReals(_ matrix: PermutedDiagonalMatrix, format: FixedPointFormat = .default) -> [Double] {
    var values: [Double] = []
    for row in 0..<matrix.rows {
        for column in 0..<matrix.columns {
            values.append(format.real(matrix.weight(row: row, column: column)))
        }
    }
    return values
}

let format8 = FixedPointFormat.default
