import CirCNNModel

/// `|output - clamp(exact * 2^F)|` per output, in output LSBs.
func outputErrors(outputs: [Int16], exact: [Double], fractionBits: Int) -> [Double] {
    let scale = Double(1 << fractionBits)
    return zip(outputs, exact).map { output, value in
        abs(Double(output) - min(Double(Int16.max), max(Double(Int16.min), value * scale)))
    }
}

/// The `CirCNNError` that `body` throws, as its one-line message ("" when none).
func circnnMessage(_ body: () throws -> Void) -> String {
    do {
        try body()
        return ""
    } catch let error as CirCNNError {
        return error.description
    } catch {
        return "other error: \(error)"
    }
}
