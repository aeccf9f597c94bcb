// PermDNN engine (top): activation buffer + NZD, broadcast into every active PE's queue when
// all of them have room, N_PE processing elements, drain control, done and a cycle counter.
// Cycle-level contract: docs/microarchitecture.md (the Swift model PermSim.PermDNNEngine).
//
// Use: load the images (ld_*), drive the cfg_* inputs and pulse `start` for one cycle: the
// configuration is latched and the run state cleared. The cycle after `start` is cycle 0.
// Each cycle, from start-of-cycle registers: if the NZD is done and every active PE is idle,
// the drain starts (this cycle is a drain cycle); in a drain cycle in which every active PE
// has drained, the run ends: `done` rises in that cycle and `cycle` holds its number, the
// tile's cycle count.
// One run is one weight tile: a row group's block-rows over a column chunk (all columns when
// the layer fits). The chunk is cfg_first_word ..< cfg_end; cfg_continue keeps the
// accumulators and k registers of the previous run (next chunk of the same row group);
// without cfg_drain the run ends in the cycle the drain would start (a chunk that is not the
// row group's last). The tile schedule and the DRAM transfers are modelled outside the RTL.
// WEIGHT_BITS (pe.weight-format): 16 (fixed16), 8 (fixed8: cfg_wshift is the layer's shift) or
// 4 (codebook4: cfg_codebook is the layer's codebook); both are latched by `start` with the
// rest of the configuration and wired to every PE's DEC stage.
module permdnn_engine #(
    parameter N_PE           = 8,
    parameter N_MUL          = 8,
    parameter QUEUE_DEPTH    = 4,
    parameter WORD_WIDTH     = 16,   // S: activations per activation-buffer word
    parameter ACC_BITS       = 32,   // A
    parameter MAX_COLUMNS    = 128,  // largest n
    parameter MAX_P          = 16,   // largest p
    parameter MAX_BLOCK_ROWS = 64,   // largest B_e
    parameter WEIGHT_BITS    = 16,   // bits of a stored weight: 16 (fixed16), 8 (fixed8), 4 (codebook4)
    // derived widths: leave at their defaults
    parameter PW        = $clog2(MAX_P + 1),
    parameter SIW       = (WORD_WIDTH > 1) ? $clog2(WORD_WIDTH) : 1,
    parameter CWMIN     = ((PW > SIW) ? PW : SIW) + 1,
    parameter CW        = ($clog2(MAX_COLUMNS + 1) > CWMIN) ? $clog2(MAX_COLUMNS + 1) : CWMIN,
    parameter MAX_WORDS = (MAX_COLUMNS + WORD_WIDTH - 1) / WORD_WIDTH,
    parameter AAW       = (MAX_WORDS > 1) ? $clog2(MAX_WORDS) : 1,
    parameter WIW       = $clog2(MAX_WORDS + 1),
    parameter MAX_SLOTS = (MAX_BLOCK_ROWS + N_MUL - 1) / N_MUL,
    parameter SW        = $clog2(MAX_SLOTS + 1),
    parameter LW        = $clog2(N_MUL + 1),
    parameter BW        = SW + LW,
    parameter RW        = BW + PW,
    parameter WAW       = CW + SW,
    parameter LDW       = 16 * ((N_MUL > WORD_WIDTH) ? N_MUL : WORD_WIDTH),   // load port data
    parameter PEW       = (N_PE > 1) ? $clog2(N_PE) : 1,
    parameter QCW       = $clog2(QUEUE_DEPTH + 1)
) (
    input  wire                 clk,
    input  wire                 rst,
    input  wire                 start,
    // layer configuration, sampled by `start` (B_e is loaded through the load port)
    input  wire [CW-1:0]        cfg_n,
    input  wire [WIW-1:0]       cfg_first_word,   // first activation word of the column chunk
    input  wire [CW-1:0]        cfg_end,          // end column of the chunk (n: all)
    input  wire                 cfg_continue,     // keep accumulators and k registers
    input  wire                 cfg_drain,        // drain after the chunk
    input  wire [PW-1:0]        cfg_p,
    input  wire [3:0]           cfg_frac,
    input  wire                 cfg_relu,
    input  wire                 cfg_formula,
    input  wire [3:0]           cfg_wshift,       // fixed8: left shift of the 8-bit codes (0 ... 8)
    input  wire [255:0]         cfg_codebook,     // codebook4: entry i in [16*i +: 16], entry 0 = 0
    // image and per-PE configuration load port, one whole SRAM word per clock (lane i of the
    // word in ld_data[i*16 +: 16]): ld_sel 0 = activation word ld_addr (WORD_WIDTH
    // activations), 1 = weight word ld_addr of PE ld_pe (N_MUL weight codes, each in its low
    // WEIGHT_BITS bits), 2 = permutation word
    // (or formula row offsets) ld_addr of PE ld_pe (N_MUL lanes, each in its low PW bits),
    // 3 = B_e of PE ld_pe (block-rows it owns, 0 = unused) in ld_data[BW-1:0]
    input  wire                 ld_we,
    input  wire [1:0]           ld_sel,
    input  wire [PEW-1:0]       ld_pe,
    input  wire [WAW-1:0]       ld_addr,
    input  wire [LDW-1:0]       ld_data,
    // debug port: PE dbg_pe's accumulator / output row dbg_row and its visible state
    input  wire [PEW-1:0]       dbg_pe,
    input  wire [RW-1:0]        dbg_row,
    output wire [ACC_BITS-1:0]  dbg_acc,
    output wire [15:0]          dbg_out,
    output wire                 dbg_active,
    output wire [QCW-1:0]       dbg_qcount,
    output wire                 dbg_i_valid,
    output wire [CW-1:0]        dbg_i_j,
    output wire [SW-1:0]        dbg_i_slot,
    output wire                 dbg_w_valid,
    output wire [CW-1:0]        dbg_w_j,
    output wire [SW-1:0]        dbg_w_slot,
    output wire                 dbg_d_valid,      // WRD->DEC register (0 without a DEC stage)
    output wire [CW-1:0]        dbg_d_j,
    output wire [SW-1:0]        dbg_d_slot,
    output wire                 dbg_m_valid,
    output wire [CW-1:0]        dbg_m_j,
    output wire [SW-1:0]        dbg_m_slot,
    output wire                 dbg_a_valid,
    output wire [CW-1:0]        dbg_a_j,
    output wire [SW-1:0]        dbg_a_slot,
    output wire [LW-1:0]        dbg_a_active,     // MUL->ACC register: active lanes
    output wire [N_MUL*RW-1:0]  dbg_a_rows,       // MUL->ACC register: local row per lane
    output wire [N_MUL*32-1:0]  dbg_a_products,   // MUL->ACC register: product per lane
    output wire [N_MUL-1:0]     dbg_acc_we,       // lane writes its accumulator at this edge
    output wire [N_MUL*ACC_BITS-1:0] dbg_acc_wdata,  // the value it writes
    output wire [N_MUL-1:0]     dbg_out_we,       // drain: lane writes an output row at this edge
    // engine state of this cycle
    output wire [1:0]           nzd_action,   // 0 idle, 1 read word, 2 broadcast, 3 stall
    output wire [WIW-1:0]       nzd_word,
    output wire [CW-1:0]        nzd_j,
    output wire                 draining,
    output wire                 busy,
    output wire                 done,
    output wire [31:0]          cycle
);
    // Parameter checks: an instance of an undefined module stops elaboration with its name as
    // the message (Verilog-2005 has no static assertion).
    generate
        if (BW > 16) begin : g_check_block_rows
            permdnn_error_B_e_wider_than_ld_data u_error ();
        end
        if (WORD_WIDTH > MAX_COLUMNS || WORD_WIDTH < 1) begin : g_check_word
            permdnn_error_WORD_WIDTH_not_in_1_to_MAX_COLUMNS u_error ();
        end
        if (ACC_BITS < 16) begin : g_check_acc
            permdnn_error_ACC_BITS_below_16 u_error ();
        end
        if (CW > 31) begin : g_check_columns
            permdnn_error_MAX_COLUMNS_too_large u_error ();
        end
        if (PW > 16) begin : g_check_p
            permdnn_error_MAX_P_wider_than_a_load_lane u_error ();
        end
        if (WEIGHT_BITS != 16 && WEIGHT_BITS != 8 && WEIGHT_BITS != 4) begin : g_check_weight_bits
            permdnn_error_WEIGHT_BITS_not_16_8_or_4 u_error ();
        end
    endgenerate

    localparam [1:0] SEL_X = 2'd0, SEL_W = 2'd1, SEL_K = 2'd2, SEL_B = 2'd3;
    localparam [1:0] ACT_BCAST = 2'd2;

    // Configuration registers.
    reg [CW-1:0]      n_r;
    reg [CW-1:0]      end_r;
    reg               drain_cfg_r;
    reg [PW-1:0]      p_r;
    reg [3:0]         frac_r;
    reg               relu_r;
    reg               formula_r;
    reg [3:0]         wshift_r;
    reg [255:0]       codebook_r;

    // Run control.
    reg        running;
    reg        drain_r;     // the drain has started
    reg        finished;
    reg [31:0] cycle_r;

    wire [N_PE-1:0] active;
    wire [N_PE-1:0] room;
    wire [N_PE-1:0] idle;
    wire [N_PE-1:0] pe_drained;
    wire            all_room    = &(room | ~active);
    wire            all_idle    = &(idle | ~active);
    wire            all_drained = &(pe_drained | ~active);
    wire            nzd_done;
    wire            drain_now   = running && (drain_r || (nzd_done && all_idle));
    wire            finish      = drain_now && (all_drained || !drain_cfg_r);
    wire            compute     = running && !drain_now;
    wire            pe_drain    = drain_now && !finish;

    always @(posedge clk) begin
        if (rst) begin
            running  <= 1'b0;
            drain_r  <= 1'b0;
            finished <= 1'b0;
            cycle_r  <= 32'd0;
        end else if (start) begin
            running      <= 1'b1;
            drain_r      <= 1'b0;
            finished     <= 1'b0;
            cycle_r      <= 32'd0;
            n_r          <= cfg_n;
            end_r        <= cfg_end;
            drain_cfg_r  <= cfg_drain;
            p_r          <= cfg_p;
            frac_r       <= cfg_frac;
            relu_r       <= cfg_relu;
            formula_r    <= cfg_formula;
            wshift_r     <= cfg_wshift;
            codebook_r   <= cfg_codebook;
        end else if (running) begin
            if (finish) begin
                running  <= 1'b0;
                finished <= 1'b1;
            end else begin
                drain_r <= drain_now;
                cycle_r <= cycle_r + 32'd1;
            end
        end
    end

    // NZD and broadcast bus.
    wire [15:0]   b_x;
    wire [CW-1:0] b_j;
    wire [CW-1:0] b_c;
    wire [PW-1:0] b_t;
    wire [PW-1:0] b_cm;
    permdnn_nzd #(.S(WORD_WIDTH), .MAX_COLUMNS(MAX_COLUMNS), .MAX_P(MAX_P), .PW(PW), .SIW(SIW),
                  .CWMIN(CWMIN), .CW(CW), .MAX_WORDS(MAX_WORDS), .AAW(AAW), .WIW(WIW)) u_nzd (
        .clk(clk), .start(start), .first_word(cfg_first_word), .run(compute), .cfg_n(n_r),
        .cfg_end(end_r), .cfg_p(p_r),
        .ld_we(ld_we && ld_sel == SEL_X), .ld_addr(ld_addr[AAW-1:0]),
        .ld_data(ld_data[WORD_WIDTH*16-1:0]), .ready(all_room), .action(nzd_action), .word(nzd_word), .done(nzd_done),
        .b_x(b_x), .b_j(b_j), .b_c(b_c), .b_t(b_t), .b_cm(b_cm));
    wire bcast = nzd_action == ACT_BCAST;

    // Per-PE visible state, selected by dbg_pe.
    wire [ACC_BITS-1:0] pe_acc      [0:N_PE-1];
    wire [15:0]         pe_out      [0:N_PE-1];
    wire [QCW-1:0]      pe_qcount   [0:N_PE-1];
    wire [CW+SW:0]      pe_i        [0:N_PE-1];   // {valid, j, slot}
    wire [CW+SW:0]      pe_w        [0:N_PE-1];
    wire [CW+SW:0]      pe_d        [0:N_PE-1];
    wire [CW+SW:0]      pe_m        [0:N_PE-1];
    wire [CW+SW:0]      pe_a        [0:N_PE-1];
    wire [LW-1:0]       pe_a_active [0:N_PE-1];
    wire [N_MUL*RW-1:0] pe_a_rows   [0:N_PE-1];
    wire [N_MUL*32-1:0] pe_a_prod   [0:N_PE-1];
    wire [N_MUL-1:0]    pe_acc_we   [0:N_PE-1];
    wire [N_MUL*ACC_BITS-1:0] pe_acc_wdata [0:N_PE-1];
    wire [N_MUL-1:0]    pe_out_we   [0:N_PE-1];

    genvar e;
    generate
        for (e = 0; e < N_PE; e = e + 1) begin : g_pe
            localparam [PEW-1:0] PE_INDEX = e;
            wire selected = ld_we && ld_pe == PE_INDEX;
            reg [BW-1:0] block_rows;   // B_e
            always @(posedge clk) begin
                if (rst)                             block_rows <= {BW{1'b0}};
                else if (selected && ld_sel == SEL_B) block_rows <= ld_data[BW-1:0];
            end
            assign active[e] = block_rows != {BW{1'b0}};
            permdnn_pe #(.N_MUL(N_MUL), .QUEUE_DEPTH(QUEUE_DEPTH), .ACC_BITS(ACC_BITS),
                         .MAX_COLUMNS(MAX_COLUMNS), .MAX_P(MAX_P), .MAX_BLOCK_ROWS(MAX_BLOCK_ROWS),
                         .PW(PW), .CW(CW), .MAX_SLOTS(MAX_SLOTS), .SW(SW), .LW(LW), .BW(BW),
                         .RW(RW), .WAW(WAW), .QCW(QCW), .WEIGHT_BITS(WEIGHT_BITS)) u_pe (
                .clk(clk), .start(start), .clear(start && !cfg_continue), .compute(compute),
                .drain(pe_drain),
                .cfg_p(p_r), .cfg_block_rows(block_rows), .cfg_formula(formula_r),
                .cfg_relu(relu_r), .cfg_frac(frac_r), .cfg_wshift(wshift_r), .cfg_codebook(codebook_r),
                .push(bcast && active[e]), .push_x(b_x), .push_j(b_j), .push_c(b_c),
                .push_t(b_t), .push_cm(b_cm),
                .ld_we_w(selected && ld_sel == SEL_W), .ld_we_k(selected && ld_sel == SEL_K),
                .ld_addr(ld_addr), .ld_data(ld_data[N_MUL*16-1:0]),
                .dbg_row(dbg_row), .dbg_acc(pe_acc[e]), .dbg_out(pe_out[e]),
                .room(room[e]), .idle(idle[e]), .drained(pe_drained[e]),
                .tr_qcount(pe_qcount[e]),
                .tr_i_valid(pe_i[e][CW+SW]), .tr_i_j(pe_i[e][CW+SW-1:SW]), .tr_i_slot(pe_i[e][SW-1:0]),
                .tr_w_valid(pe_w[e][CW+SW]), .tr_w_j(pe_w[e][CW+SW-1:SW]), .tr_w_slot(pe_w[e][SW-1:0]),
                .tr_d_valid(pe_d[e][CW+SW]), .tr_d_j(pe_d[e][CW+SW-1:SW]), .tr_d_slot(pe_d[e][SW-1:0]),
                .tr_m_valid(pe_m[e][CW+SW]), .tr_m_j(pe_m[e][CW+SW-1:SW]), .tr_m_slot(pe_m[e][SW-1:0]),
                .tr_a_valid(pe_a[e][CW+SW]), .tr_a_j(pe_a[e][CW+SW-1:SW]), .tr_a_slot(pe_a[e][SW-1:0]),
                .tr_a_active(pe_a_active[e]), .tr_a_rows(pe_a_rows[e]), .tr_a_products(pe_a_prod[e]),
                .tr_acc_we(pe_acc_we[e]), .tr_acc_wdata(pe_acc_wdata[e]), .tr_out_we(pe_out_we[e]));
        end
    endgenerate

    assign dbg_acc     = pe_acc[dbg_pe];
    assign dbg_out     = pe_out[dbg_pe];
    assign dbg_active  = active[dbg_pe];
    assign dbg_qcount  = pe_qcount[dbg_pe];
    assign dbg_i_valid = pe_i[dbg_pe][CW+SW];
    assign dbg_i_j     = pe_i[dbg_pe][CW+SW-1:SW];
    assign dbg_i_slot  = pe_i[dbg_pe][SW-1:0];
    assign dbg_w_valid = pe_w[dbg_pe][CW+SW];
    assign dbg_w_j     = pe_w[dbg_pe][CW+SW-1:SW];
    assign dbg_w_slot  = pe_w[dbg_pe][SW-1:0];
    assign dbg_d_valid = pe_d[dbg_pe][CW+SW];
    assign dbg_d_j     = pe_d[dbg_pe][CW+SW-1:SW];
    assign dbg_d_slot  = pe_d[dbg_pe][SW-1:0];
    assign dbg_m_valid = pe_m[dbg_pe][CW+SW];
    assign dbg_m_j     = pe_m[dbg_pe][CW+SW-1:SW];
    assign dbg_m_slot  = pe_m[dbg_pe][SW-1:0];
    assign dbg_a_valid = pe_a[dbg_pe][CW+SW];
    assign dbg_a_j     = pe_a[dbg_pe][CW+SW-1:SW];
    assign dbg_a_slot  = pe_a[dbg_pe][SW-1:0];
    assign dbg_a_active   = pe_a_active[dbg_pe];
    assign dbg_a_rows     = pe_a_rows[dbg_pe];
    assign dbg_a_products = pe_a_prod[dbg_pe];
    assign dbg_acc_we     = pe_acc_we[dbg_pe];
    assign dbg_acc_wdata  = pe_acc_wdata[dbg_pe];
    assign dbg_out_we     = pe_out_we[dbg_pe];

    assign nzd_j    = b_j;
    assign draining = drain_now;
    assign busy     = running;
    assign done     = finished || finish;
    assign cycle    = cycle_r;
endmodule
