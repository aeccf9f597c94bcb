// Behavioural accumulator array of one PE: 2^AW rows of DW bits, PORTS asynchronous read
// ports and PORTS write ports (one per multiplier lane; the ACC stage and the drain share the
// read ports), a one-cycle clear at the start of a run, and a debug read port.
// The clear resets one `live` bit per row (a row reads as 0 until its first write), as a
// register-file accumulator array with a reset would; the data array itself is not reset.
// Lanes never write the same row in one cycle (lane l owns block-rows b = l mod N_MUL).
module permdnn_accmem #(
    parameter AW    = 8,
    parameter DW    = 32,
    parameter PORTS = 1
) (
    input  wire                  clk,
    input  wire                  clear,
    input  wire [PORTS*AW-1:0]   raddr,
    output wire [PORTS*DW-1:0]   rdata,
    input  wire [PORTS-1:0]      we,
    input  wire [PORTS*AW-1:0]   waddr,
    input  wire [PORTS*DW-1:0]   wdata,
    input  wire [AW-1:0]         dbg_addr,
    output wire [DW-1:0]         dbg_data
);
    reg [DW-1:0]          mem [0:(1 << AW) - 1];
    reg [(1 << AW) - 1:0] live;
    integer q;
    always @(posedge clk) begin
        if (clear) begin
            live <= 0;
        end else begin
            for (q = 0; q < PORTS; q = q + 1)
                if (we[q]) begin
                    mem[waddr[q*AW +: AW]]  <= wdata[q*DW +: DW];
                    live[waddr[q*AW +: AW]] <= 1'b1;
                end
        end
    end
    genvar r;
    generate
        for (r = 0; r < PORTS; r = r + 1) begin : g_read
            assign rdata[r*DW +: DW] = live[raddr[r*AW +: AW]] ? mem[raddr[r*AW +: AW]] : {DW{1'b0}};
        end
    endgenerate
    assign dbg_data = live[dbg_addr] ? mem[dbg_addr] : {DW{1'b0}};
endmodule
