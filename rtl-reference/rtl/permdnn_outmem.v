// Behavioural output buffer slice of one PE: 2^AW 16-bit outputs, PORTS write ports (the
// drain writes N_MUL outputs per cycle) and a debug read port for the testbench.
module permdnn_outmem #(
    parameter AW    = 8,
    parameter PORTS = 1
) (
    input  wire                  clk,
    input  wire [PORTS-1:0]      we,
    input  wire [PORTS*AW-1:0]   waddr,
    input  wire [PORTS*16-1:0]   wdata,
    input  wire [AW-1:0]         dbg_addr,
    output wire [15:0]           dbg_data
);
    reg [15:0] mem [0:(1 << AW) - 1];
    integer q;
    always @(posedge clk) begin
        for (q = 0; q < PORTS; q = q + 1)
            if (we[q]) mem[waddr[q*AW +: AW]] <= wdata[q*16 +: 16];
    end
    assign dbg_data = mem[dbg_addr];
endmodule
