import ConfigSupport
import FixedPoint

extension NpyArray {
    /// Rows and columns of a dense `out x in` weight matrix, after checking that it is 2-D,
    /// holds `rows x columns` values and that every value is finite. Every importer of dense
    /// weights (PermDNN projection, EIE pruning, CirCNN projection) starts here, so they refuse
    /// a bad file with the same one-line error naming `label` and the position.
    public func checkedMatrix(label: String) throws -> (rows: Int, columns: Int) {
        guard shape.count == 2, shape[0] >= 1, shape[1] >= 1 else {
            throw WorkloadError.invalid(field: "weights", rule: "a dense matrix must be 2-D out x in with both sizes at least 1 (got shape \(NpyHeader.pythonShape(shape)))", location: label)
        }
        let (rows, columns) = (shape[0], shape[1])
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, values.count == count else {
            throw WorkloadError.invalid(field: "weights", rule: "shape \(NpyHeader.pythonShape(shape)) needs \(rows) x \(columns) values, got \(values.count)", location: label)
        }
        try WeightImport.checkFinite(self, label: label)
        return (rows, columns)
    }

    /// The factor that turns stored values into reals: integer files hold fixed-point codes
    /// with `format.fractionBits` fraction bits, float files hold reals.
    public func realScale(format: FixedPointFormat) -> Double {
        dtype.isInteger ? 1 / Double(1 << format.fractionBits) : 1
    }
}
