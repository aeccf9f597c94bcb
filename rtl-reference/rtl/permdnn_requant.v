// One drain lane (output stage): optional ReLU, round-to-nearest arithmetic shift by F
// ((v + 2^(F-1)) >>> F, in A + 1 bits so the rounding add cannot overflow), then saturation
// to 16 bits. Matches FixedPointFormat.requantize.
module permdnn_requant #(
    parameter ACC_BITS = 32
) (
    input  wire [ACC_BITS-1:0] acc,
    input  wire                relu,
    input  wire [3:0]          frac,
    output wire [15:0]         out
);
    localparam QW = ACC_BITS + 1;
    localparam signed [QW-1:0] MAX = {{(QW - 15){1'b0}}, {15{1'b1}}};
    localparam signed [QW-1:0] MIN = {{(QW - 15){1'b1}}, {15{1'b0}}};
    wire [ACC_BITS-1:0]  rectified = (relu && acc[ACC_BITS-1]) ? {ACC_BITS{1'b0}} : acc;
    wire [QW-1:0]        half = (frac == 4'd0) ? {QW{1'b0}} : {{(QW - 1){1'b0}}, 1'b1} << (frac - 4'd1);
    wire signed [QW-1:0] rounded = {rectified[ACC_BITS-1], rectified} + half;
    wire signed [QW-1:0] shifted = rounded >>> frac;
    assign out = (shifted > MAX) ? 16'h7fff : (shifted < MIN) ? 16'h8000 : shifted[15:0];
endmodule
