// Behavioural lane-banked SRAM: 2^AW words of LANES lanes of LBITS bits.
// One asynchronous read port (a whole word, as the pipeline stage consumes it within its
// cycle) and one write port of one whole word (all lanes in one clock, as a real SRAM write
// port), used only by the testbench to load an image.
// Used for the activation buffer, the weight SRAM and the permutation SRAM.
// Not synthesised for area (memories come from the SRAM model); see synth/area.sh.
module permdnn_sram #(
    parameter AW    = 8,   // address bits
    parameter LANES = 1,   // lanes per word
    parameter LBITS = 16   // bits per lane
) (
    input  wire                   clk,
    input  wire                   we,
    input  wire [AW-1:0]          waddr,
    input  wire [LANES*LBITS-1:0] wdata,
    input  wire [AW-1:0]          raddr,
    output wire [LANES*LBITS-1:0] rdata
);
    genvar l;
    generate
        for (l = 0; l < LANES; l = l + 1) begin : g_lane
            reg [LBITS-1:0] mem [0:(1 << AW) - 1];
            always @(posedge clk) begin
                if (we) mem[waddr] <= wdata[l*LBITS +: LBITS];
            end
            assign rdata[l*LBITS +: LBITS] = mem[raddr];
        end
    endgenerate
endmodule
