// One accumulator lane (ACC stage): acc + product computed exactly in max(A, 32) + 1 bits,
// then saturated to the A-bit accumulator range [-2^(A-1), 2^(A-1) - 1].
module permdnn_satacc #(
    parameter ACC_BITS = 32
) (
    input  wire [ACC_BITS-1:0] acc,
    input  wire [31:0]         product,
    output wire [ACC_BITS-1:0] sum
);
    localparam SUMW = ((ACC_BITS > 32) ? ACC_BITS : 32) + 1;
    localparam signed [SUMW-1:0] MAX = {{(SUMW - ACC_BITS + 1){1'b0}}, {(ACC_BITS - 1){1'b1}}};
    localparam signed [SUMW-1:0] MIN = {{(SUMW - ACC_BITS + 1){1'b1}}, {(ACC_BITS - 1){1'b0}}};
    localparam [ACC_BITS-1:0] MAX_A = {1'b0, {(ACC_BITS - 1){1'b1}}};
    localparam [ACC_BITS-1:0] MIN_A = {1'b1, {(ACC_BITS - 1){1'b0}}};
    wire signed [SUMW-1:0] exact = {{(SUMW - ACC_BITS){acc[ACC_BITS-1]}}, acc}
                                 + {{(SUMW - 32){product[31]}}, product};
    assign sum = (exact > MAX) ? MAX_A : (exact < MIN) ? MIN_A : exact[ACC_BITS-1:0];
endmodule
