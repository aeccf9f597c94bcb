import ConfigSupport
import FixedPoint
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
