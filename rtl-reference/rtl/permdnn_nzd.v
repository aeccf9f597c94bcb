// Activation buffer + non-zero detector (NZD) + column decoder.
//
// The buffer holds x as words of S activations (word w = x[w*S ..< min((w+1)*S, n)]).
// A run scans words first_word ..< ceil(end / S) (a column chunk of a tiled layer, or all).
// State: next_word / next_base (the next word to read and its first column), the held word
// and `pending` (its unsent non-zero positions). Each cycle of the compute phase (`run`):
//   1. pending empty and a word left: read it (pending := its non-zero positions < n);
//      nothing is emitted (an NZD bubble)                                 -> ACT_READ
//   2. pending non-empty and every active PE queue has room (`ready`, from start-of-cycle
//      counts): broadcast the lowest pending position j, remove it        -> ACT_BCAST
//   3. pending non-empty, some queue full: stall                          -> ACT_STALL
//   4. otherwise: idle (`done`)                                           -> ACT_IDLE
// The broadcast bus carries (x_j, j) and j's block coordinates c = j / p, t = j mod p and
// c mod p, computed once here by one shared divider for every PE's index calculator.
module permdnn_nzd #(
    parameter S           = 16,   // activations per buffer word (WORD_WIDTH)
    parameter MAX_COLUMNS = 128,  // largest n
    parameter MAX_P       = 16,   // largest block size p
    // derived widths: leave at their defaults
    parameter PW        = $clog2(MAX_P + 1),
    parameter SIW       = (S > 1) ? $clog2(S) : 1,
    parameter CWMIN     = ((PW > SIW) ? PW : SIW) + 1,
    parameter CW        = ($clog2(MAX_COLUMNS + 1) > CWMIN) ? $clog2(MAX_COLUMNS + 1) : CWMIN,
    parameter MAX_WORDS = (MAX_COLUMNS + S - 1) / S,
    parameter AAW       = (MAX_WORDS > 1) ? $clog2(MAX_WORDS) : 1,
    parameter WIW       = $clog2(MAX_WORDS + 1)
) (
    input  wire            clk,
    input  wire            start,     // begin a run at word first_word, nothing pending
    input  wire [WIW-1:0]  first_word,
    input  wire            run,       // compute phase
    input  wire [CW-1:0]   cfg_n,
    input  wire [CW-1:0]   cfg_end,   // scan the words holding columns < cfg_end
    input  wire [PW-1:0]   cfg_p,
    // activation-buffer load port (testbench): word ld_addr, all S activations in one clock
    // (activation i of the word in ld_data[i*16 +: 16])
    input  wire            ld_we,
    input  wire [AAW-1:0]  ld_addr,
    input  wire [S*16-1:0] ld_data,
    input  wire            ready,     // every active PE queue has count < Q
    output reg  [1:0]      action,    // ACT_* below
    output wire [WIW-1:0]  word,      // index of the word read this cycle (ACT_READ)
    output wire            done,      // no word left and nothing pending
    output reg  [15:0]     b_x,
    output wire [CW-1:0]   b_j,
    output wire [CW-1:0]   b_c,
    output wire [PW-1:0]   b_t,
    output wire [PW-1:0]   b_cm
);
    localparam [1:0] ACT_IDLE = 2'd0, ACT_READ = 2'd1, ACT_BCAST = 2'd2, ACT_STALL = 2'd3;
    localparam integer S_I = S;
    localparam [CW:0] S_STEP = S_I[CW:0];

    reg  [WIW-1:0]  next_word;
    reg  [CW:0]     next_base;
    reg  [CW-1:0]   base;
    reg  [S-1:0]    pending;
    reg  [S*16-1:0] held;
    wire [S*16-1:0] rdata;

    permdnn_sram #(.AW(AAW), .LANES(S), .LBITS(16)) u_buffer (
        .clk(clk), .we(ld_we), .waddr(ld_addr), .wdata(ld_data),
        .raddr(next_word[AAW-1:0]), .rdata(rdata));

    wire          more      = next_base < {1'b0, cfg_end};
    wire [CW:0]   remaining = {1'b0, cfg_n} - next_base;   // columns left from the word's start
    wire          empty     = pending == {S{1'b0}};
    assign done = empty && !more;
    assign word = next_word;

    // Non-zero positions of the word being read (padding columns >= n are never scanned).
    reg [S-1:0] mask;
    integer i;
    always @* begin
        for (i = 0; i < S; i = i + 1)
            mask[i] = (rdata[i*16 +: 16] != 16'd0) && (i < remaining);
    end

    // Lowest pending position and its activation.
    reg [SIW-1:0] pos;
    always @* begin
        pos = {SIW{1'b0}};
        b_x = 16'd0;
        for (i = S - 1; i >= 0; i = i - 1)
            if (pending[i]) begin
                pos = i[SIW-1:0];
                b_x = held[i*16 +: 16];
            end
    end

    always @* begin
        if (!run)       action = ACT_IDLE;
        else if (empty) action = more ? ACT_READ : ACT_IDLE;
        else            action = ready ? ACT_BCAST : ACT_STALL;
    end

    always @(posedge clk) begin
        if (start) begin
            next_word <= first_word;
            next_base <= {{(CW + 1 - WIW){1'b0}}, first_word} * S_STEP;
            pending   <= {S{1'b0}};
        end else if (action == ACT_READ) begin
            held      <= rdata;
            pending   <= mask;
            base      <= next_base[CW-1:0];
            next_word <= next_word + 1'b1;
            next_base <= next_base + S_STEP;
        end else if (action == ACT_BCAST) begin
            pending   <= pending & (pending - 1'b1);
        end
    end

    // Column decoder: c = j / p, t = j - c*p, c mod p (j < n and p <= MAX_P, so t and c mod p
    // fit in PW bits; the discarded high bits are zero).
    wire [CW-1:0] p_wide = {{(CW - PW){1'b0}}, cfg_p};
    wire [CW-1:0] c_times_p = b_c * p_wide;
    wire [CW-1:0] t_wide = b_j - c_times_p;
    wire [CW-1:0] cm_wide = b_c % p_wide;
    assign b_j  = base + {{(CW - SIW){1'b0}}, pos};
    assign b_c  = b_j / p_wide;
    assign b_t  = t_wide[PW-1:0];
    assign b_cm = cm_wide[PW-1:0];
    wire unused_decoder_high = ^{t_wide[CW-1:PW], cm_wide[CW-1:PW]};
endmodule
