// Activation queue of one PE: a FIFO of DEPTH broadcast entries.
// The push (broadcast) and the pop (IDX) decided in a cycle both land at the clock edge; the
// caller pushes only when count < DEPTH at the start of the cycle (registered full flag), so a
// pop never makes room for a push in the same cycle, and a pushed entry is visible at the
// head one cycle later at the earliest.
module permdnn_queue #(
    parameter DEPTH = 4,
    parameter DW    = 8,
    parameter CNTW  = 3   // bits of the occupancy count, clog2(DEPTH + 1)
) (
    input  wire            clk,
    input  wire            clear,
    input  wire            push,
    input  wire [DW-1:0]   push_data,
    input  wire            pop,
    output wire [DW-1:0]   head_data,
    output wire [CNTW-1:0] count
);
    localparam PTRW = (DEPTH > 1) ? $clog2(DEPTH) : 1;
    localparam integer LAST_I = DEPTH - 1;
    localparam [PTRW-1:0] LAST = LAST_I[PTRW-1:0];

    reg [DW-1:0]   mem [0:DEPTH-1];
    reg [PTRW-1:0] head;
    reg [PTRW-1:0] tail;
    reg [CNTW-1:0] cnt;

    always @(posedge clk) begin
        if (clear) begin
            head <= {PTRW{1'b0}};
            tail <= {PTRW{1'b0}};
            cnt  <= {CNTW{1'b0}};
        end else begin
            if (pop) head <= (head == LAST) ? {PTRW{1'b0}} : head + 1'b1;
            if (push) begin
                mem[tail] <= push_data;
                tail <= (tail == LAST) ? {PTRW{1'b0}} : tail + 1'b1;
            end
            case ({push, pop})
                2'b10:   cnt <= cnt + 1'b1;
                2'b01:   cnt <= cnt - 1'b1;
                default: cnt <= cnt;
            endcase
        end
    end

    assign head_data = mem[head];
    assign count = cnt;
endmodule
