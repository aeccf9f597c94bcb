extension ProcessingElement {
    /// A fixed-width one-line view of what the PE does in the cycle being evaluated (call it
    /// between evaluate and commit): start-of-cycle queue occupancy, then the slot each stage
    /// works on as `j.s` (`-` when empty). Example: `q2 I 37.0     W 36.1     M 36.0     A 35.1`.
    /// A PE with a DEC stage (`fixed8`, `codebook4`) shows it between W and M (`D 35.1`).
    public var lineTrace: String {
        func cell(_ valid: Bool, _ column: Int32, _ slot: Int32) -> String {
            guard valid else { return pad("-", 8) }
            return pad("\(column).\(slot)", 8)
        }
        return "q\(queue.count) I \(cell(issuedThisCycle, nextIssue.column, nextIssue.slot))"
            + "W \(cell(issue.valid, issue.column, issue.slot))"
            + (decoder == nil ? "" : "D \(cell(coded.valid, coded.column, coded.slot))")
            + "M \(cell(operand.valid, operand.column, operand.slot))"
            + "A \(cell(product.valid, product.column, product.slot))"
    }
}

/// Right-pads `text` with spaces to `width` characters.
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
