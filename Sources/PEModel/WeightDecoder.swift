import FixedPoint

/// The DEC stage of the narrow weight formats (`fixed8`, `codebook4`; `fixed16` has none): it
/// turns the `N_MUL` codes the WRD stage read into the 16-bit weights the multipliers take.
///
/// Per lane: `fixed8` sign-extends the 8-bit code and shifts it left by the layer's shift;
/// `codebook4` selects one of the codebook's 16 entries with the 4-bit index (a 16:1 multiplexer
/// per lane over the engine's codebook register). Both are a multiplexer per output bit after an
/// SRAM read that already fills the cycle, so they get a pipeline stage of their own
/// (`docs/microarchitecture.md`): the WRD->DEC register holds the codes, the DEC->MUL register the
/// weights. The layer's shift or codebook is configuration, fixed for the run.
public struct WeightDecoder: Sendable {
    public let encoding: WeightEncoding

    public init(encoding: WeightEncoding) { self.encoding = encoding }

    /// Decodes the active lanes of `coded` (codes in `weights`) into `operand`'s weights and
    /// passes the rest of the slot on.
    public func decode(_ coded: OperandRegister, into operand: inout OperandRegister) {
        let active = coded.activeLanes
        let encoding = self.encoding
        coded.weights.withUnsafeBufferPointer { codes in
            operand.weights.withUnsafeMutableBufferPointer { weights in
                for lane in 0..<active { weights[lane] = encoding.decode(codes[lane]) }
            }
        }
        coded.rows.withUnsafeBufferPointer { rowsIn in
            operand.rows.withUnsafeMutableBufferPointer { rowsOut in
                for lane in 0..<active { rowsOut[lane] = rowsIn[lane] }
            }
        }
        operand.activation = coded.activation
        operand.column = coded.column
        operand.slot = coded.slot
        operand.activeLanes = active
    }
}
