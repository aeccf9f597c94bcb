// One multiplier lane (MUL stage): 16 x 16 -> 32 bits, signed, exact.
module permdnn_mul16 (
    input  wire [15:0] w,
    input  wire [15:0] x,
    output wire [31:0] product
);
    wire signed [15:0] ws = w;
    wire signed [15:0] xs = x;
    wire signed [31:0] ps = ws * xs;
    assign product = ps;
endmodule
