// One weight-decode lane (DEC stage of the narrow weight formats, docs/microarchitecture.md):
// the code read from the weight SRAM to the 16-bit weight the multiplier takes.
//   WEIGHT_BITS = 8 (fixed8):    sign-extend the 8-bit code, shift left by `shift` (0 ... 8)
//   WEIGHT_BITS = 4 (codebook4): entry `code` of the 16 x 16-bit codebook (entry i in
//                                codebook[16*i +: 16]; entry 0 is 0)
// The Swift model's WeightEncoding.decode.
module permdnn_wdec #(
    parameter WEIGHT_BITS = 8
) (
    input  wire [WEIGHT_BITS-1:0] code,
    input  wire [3:0]             shift,
    input  wire [255:0]           codebook,
    output wire [15:0]            weight
);
    generate
        if (WEIGHT_BITS == 8) begin : g_fixed8
            wire [15:0] extended = {{8{code[WEIGHT_BITS-1]}}, code};
            assign weight = extended << shift;
            wire unused_codebook = ^codebook;
        end else if (WEIGHT_BITS == 4) begin : g_codebook4
            assign weight = codebook[{code, 4'b0000} +: 16];
            wire unused_shift = ^shift;
        end else begin : g_check
            permdnn_error_WEIGHT_BITS_must_be_8_or_4 u_error ();
        end
    endgenerate
endmodule
