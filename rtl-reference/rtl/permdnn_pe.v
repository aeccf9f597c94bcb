// One PermDNN processing element: activation queue, then the 4-stage pipeline
// IDX (index calculator, permdnn_idx) -> WRD (weight SRAM) -> MUL (N_MUL permdnn_mul16) ->
// ACC (N_MUL permdnn_satacc into the accumulator array), then the drain (N_MUL
// permdnn_requant: ReLU, round-to-nearest shift by F, 16-bit saturation).
// WEIGHT_BITS (pe.weight-format): 16 stores the 16-bit weights (fixed16, the pipeline above);
// 8 (fixed8) and 4 (codebook4) store codes, N_MUL x WEIGHT_BITS bits per SRAM word, and decode
// them in a DEC stage (N_MUL permdnn_wdec) between WRD and MUL: IDX -> WRD -> DEC -> MUL -> ACC.
// Cycle behaviour: docs/microarchitecture.md. The pipeline registers i_* (IDX->WRD), d_*
// (WRD->DEC, DEC stage only), o_* (WRD->MUL or DEC->MUL) and a_* (MUL->ACC) are the Swift
// model's `issue`, `coded`, `operand` and `product`.
//
// Phases (from the engine): `start` clears the run state (queue, pipeline, drain pointer) and,
// with `clear`, the accumulators and the k registers' block-column (a new row group; without it
// the run continues the row group with the next column chunk). `compute` is the compute phase
// (queue, IDX, WRD, MUL, ACC advance), `drain` the drain phase. Outside both, nothing moves.
module permdnn_pe #(
    parameter N_MUL          = 8,
    parameter QUEUE_DEPTH    = 4,
    parameter ACC_BITS       = 32,
    parameter MAX_COLUMNS    = 128,
    parameter MAX_P          = 16,
    parameter MAX_BLOCK_ROWS = 64,   // largest B_e
    parameter WEIGHT_BITS    = 16,   // bits of a stored weight: 16, 8 (fixed8) or 4 (codebook4)
    // derived widths: leave at their defaults (the engine passes its own CW)
    parameter PW        = $clog2(MAX_P + 1),                      // p, t, k, c mod p
    parameter CW        = ($clog2(MAX_COLUMNS + 1) > PW) ? $clog2(MAX_COLUMNS + 1) : PW + 1,  // j, c
    parameter MAX_SLOTS = (MAX_BLOCK_ROWS + N_MUL - 1) / N_MUL,
    parameter SW        = $clog2(MAX_SLOTS + 1),                  // slot, S_e
    parameter LW        = $clog2(N_MUL + 1),                      // active lanes
    parameter BW        = SW + LW,                                // block-row b, B_e
    parameter RW        = BW + PW,                                // local row, B_e * p
    parameter WAW       = CW + SW,                                // weight / permutation word address
    parameter QCW       = $clog2(QUEUE_DEPTH + 1)                 // queue count
) (
    input  wire                clk,
    input  wire                start,
    input  wire                clear,
    input  wire                compute,
    input  wire                drain,
    // layer configuration (held by the engine during a run)
    input  wire [PW-1:0]       cfg_p,
    input  wire [BW-1:0]       cfg_block_rows,   // B_e (0: PE unused)
    input  wire                cfg_formula,      // k from the formula unit instead of the SRAM
    input  wire                cfg_relu,
    input  wire [3:0]          cfg_frac,         // F
    input  wire [3:0]          cfg_wshift,       // fixed8: left shift of the 8-bit codes (0 ... 8)
    input  wire [255:0]        cfg_codebook,     // codebook4: entry i in [16*i +: 16], entry 0 = 0
    // broadcast into the queue
    input  wire                push,
    input  wire [15:0]         push_x,
    input  wire [CW-1:0]       push_j,
    input  wire [CW-1:0]       push_c,
    input  wire [PW-1:0]       push_t,
    input  wire [PW-1:0]       push_cm,
    // image load port (testbench): one whole weight word / permutation word per clock, lane l
    // in ld_data[l*16 +: 16] (a weight lane uses its low WEIGHT_BITS bits, a permutation lane
    // its low PW bits).
    // With the formula source, permutation words 0 ..< S_e hold the row offsets (r_b*Nb) mod p.
    input  wire                ld_we_w,
    input  wire                ld_we_k,
    input  wire [WAW-1:0]      ld_addr,
    input  wire [N_MUL*16-1:0] ld_data,
    // debug read port (testbench)
    input  wire [RW-1:0]       dbg_row,
    output wire [ACC_BITS-1:0] dbg_acc,
    output wire [15:0]         dbg_out,
    // status (start-of-cycle register values)
    output wire                room,      // queue count < Q
    output wire                idle,      // queue empty, column register and pipeline empty
    output wire                drained,   // every local row written to the outputs
    // visible state for co-simulation
    output wire [QCW-1:0]      tr_qcount,
    output wire                tr_i_valid,  // IDX issues this cycle
    output wire [CW-1:0]       tr_i_j,
    output wire [SW-1:0]       tr_i_slot,
    output wire                tr_w_valid,  // IDX->WRD register
    output wire [CW-1:0]       tr_w_j,
    output wire [SW-1:0]       tr_w_slot,
    output wire                tr_d_valid,  // WRD->DEC register (0 without a DEC stage)
    output wire [CW-1:0]       tr_d_j,
    output wire [SW-1:0]       tr_d_slot,
    output wire                tr_m_valid,  // WRD->MUL (DEC->MUL) register
    output wire [CW-1:0]       tr_m_j,
    output wire [SW-1:0]       tr_m_slot,
    output wire                tr_a_valid,  // MUL->ACC register
    output wire [CW-1:0]       tr_a_j,
    output wire [SW-1:0]       tr_a_slot,
    output wire [LW-1:0]       tr_a_active,    // MUL->ACC register: active lanes
    output wire [N_MUL*RW-1:0] tr_a_rows,      // MUL->ACC register: local row per lane
    output wire [N_MUL*32-1:0] tr_a_products,  // MUL->ACC register: product per lane
    output wire [N_MUL-1:0]    tr_acc_we,      // lane writes its accumulator at this edge
    output wire [N_MUL*ACC_BITS-1:0] tr_acc_wdata,  // the value it writes
    output wire [N_MUL-1:0]    tr_out_we       // drain: lane writes an output row at this edge
);
    localparam QDW = 16 + 2 * CW + 2 * PW;
    // Low bits of each 16-bit load lane that an SRAM takes (weights: WEIGHT_BITS; k: PW).
    localparam integer LOAD_USED = (WEIGHT_BITS > PW) ? WEIGHT_BITS : PW;
    localparam integer NMUL_I = N_MUL;
    localparam integer QD_I   = QUEUE_DEPTH;
    localparam [BW-1:0]  NMUL_M1 = NMUL_I[BW-1:0] - 1'b1;
    localparam [BW-1:0]  NMUL_B  = NMUL_I[BW-1:0];
    localparam [RW-1:0]  NMUL_R  = NMUL_I[RW-1:0];
    localparam [QCW-1:0] QDEPTH  = QD_I[QCW-1:0];

    // ---------------------------------------------------------------- derived configuration
    // S_e = ceil(B_e / N_MUL) issue slots per column (< 2^SW), B_e * p local rows.
    wire [BW-1:0] se_wide = (cfg_block_rows + NMUL_M1) / NMUL_B;
    wire [SW-1:0] se      = se_wide[SW-1:0];
    wire [RW-1:0] rows    = {{PW{1'b0}}, cfg_block_rows} * {{BW{1'b0}}, cfg_p};
    wire unused_se_high   = ^se_wide[BW-1:SW];

    // ---------------------------------------------------------------- activation queue
    wire [QDW-1:0] q_head;
    wire [QCW-1:0] q_count;
    wire           pop;
    permdnn_queue #(.DEPTH(QUEUE_DEPTH), .DW(QDW), .CNTW(QCW)) u_queue (
        .clk(clk), .clear(start), .push(push),
        .push_data({push_x, push_j, push_c, push_t, push_cm}),
        .pop(pop), .head_data(q_head), .count(q_count));
    wire q_nonempty = q_count != {QCW{1'b0}};
    assign room = q_count < QDEPTH;

    // ---------------------------------------------------------------- IDX
    wire [WAW-1:0]      k_addr;
    wire [N_MUL*PW-1:0] k_word;
    wire [N_MUL*PW-1:0] k_wdata;   // the low PW bits of each 16-bit load lane
    permdnn_sram #(.AW(WAW), .LANES(N_MUL), .LBITS(PW)) u_perm (
        .clk(clk), .we(ld_we_k), .waddr(ld_addr), .wdata(k_wdata),
        .raddr(k_addr), .rdata(k_word));

    wire                col_busy;
    wire                issue;
    wire [15:0]         cur_x;
    wire [CW-1:0]       cur_j;
    wire [SW-1:0]       cur_slot;
    wire [LW-1:0]       cur_active;
    wire [N_MUL*RW-1:0] cur_rows;
    permdnn_idx #(.N_MUL(N_MUL), .MAX_SLOTS(MAX_SLOTS), .PW(PW), .CW(CW), .SW(SW), .LW(LW), .BW(BW), .RW(RW), .WAW(WAW)) u_idx (
        .clk(clk), .start(start), .clear(clear), .compute(compute), .cfg_p(cfg_p), .cfg_block_rows(cfg_block_rows),
        .slots(se), .cfg_formula(cfg_formula),
        .head_valid(q_nonempty), .head_x(q_head[QDW-1 -: 16]), .head_j(q_head[2*CW+2*PW-1 -: CW]),
        .head_c(q_head[CW+2*PW-1 -: CW]), .head_t(q_head[2*PW-1 -: PW]), .head_cm(q_head[PW-1:0]),
        .pop(pop), .k_addr(k_addr), .k_word(k_word), .busy(col_busy),
        .issue(issue), .issue_x(cur_x), .issue_j(cur_j), .issue_slot(cur_slot),
        .issue_active(cur_active), .issue_rows(cur_rows));

    // IDX -> WRD register
    reg                 i_valid;
    reg [15:0]          i_x;
    reg [CW-1:0]        i_j;
    reg [SW-1:0]        i_slot;
    reg [LW-1:0]        i_active;
    reg [N_MUL*RW-1:0]  i_rows;
    always @(posedge clk) begin
        if (start) begin
            i_valid <= 1'b0;
        end else if (compute) begin
            i_valid <= issue;
            if (issue) begin
                i_x      <= cur_x;
                i_j      <= cur_j;
                i_slot   <= cur_slot;
                i_active <= cur_active;
                i_rows   <= cur_rows;
            end
        end
    end

    // ---------------------------------------------------------------- WRD
    // Weight word j*S_e + slot: lane l of word s is local block-row s*N_MUL + l.
    wire [WAW-1:0]               w_addr = {{SW{1'b0}}, i_j} * {{CW{1'b0}}, se} + {{CW{1'b0}}, i_slot};
    wire [N_MUL*WEIGHT_BITS-1:0] w_word;
    wire [N_MUL*WEIGHT_BITS-1:0] w_wdata;   // the low WEIGHT_BITS bits of each 16-bit load lane
    permdnn_sram #(.AW(WAW), .LANES(N_MUL), .LBITS(WEIGHT_BITS)) u_weights (
        .clk(clk), .we(ld_we_w), .waddr(ld_addr), .wdata(w_wdata),
        .raddr(w_addr), .rdata(w_word));

    // ---------------------------------------------------------------- DEC (narrow formats)
    // The slot that enters the MUL register (s_*): the IDX->WRD register and the word WRD reads
    // (fixed16), or the WRD->DEC register and its decoded codes.
    wire                s_valid;
    wire [15:0]         s_x;
    wire [CW-1:0]       s_j;
    wire [SW-1:0]       s_slot;
    wire [LW-1:0]       s_active;
    wire [N_MUL*RW-1:0] s_rows;
    wire [N_MUL*16-1:0] s_w;
    wire                d_busy;   // the WRD->DEC register holds a slot
    generate
        if (WEIGHT_BITS == 16) begin : g_plain
            assign s_valid  = i_valid;
            assign s_x      = i_x;
            assign s_j      = i_j;
            assign s_slot   = i_slot;
            assign s_active = i_active;
            assign s_rows   = i_rows;
            assign s_w      = w_word;
            assign d_busy   = 1'b0;
            assign tr_d_valid = 1'b0;
            assign tr_d_j     = {CW{1'b0}};
            assign tr_d_slot  = {SW{1'b0}};
            wire unused_decode = ^{cfg_wshift, cfg_codebook};
        end else begin : g_decode
            // WRD -> DEC register
            reg                          d_valid;
            reg [15:0]                   d_x;
            reg [CW-1:0]                 d_j;
            reg [SW-1:0]                 d_slot;
            reg [LW-1:0]                 d_active;
            reg [N_MUL*RW-1:0]           d_rows;
            reg [N_MUL*WEIGHT_BITS-1:0]  d_codes;
            always @(posedge clk) begin
                if (start) begin
                    d_valid <= 1'b0;
                end else if (compute) begin
                    d_valid <= i_valid;
                    if (i_valid) begin
                        d_x      <= i_x;
                        d_j      <= i_j;
                        d_slot   <= i_slot;
                        d_active <= i_active;
                        d_rows   <= i_rows;
                        d_codes  <= w_word;
                    end
                end
            end
            genvar dl;
            for (dl = 0; dl < N_MUL; dl = dl + 1) begin : g_lane
                permdnn_wdec #(.WEIGHT_BITS(WEIGHT_BITS)) u_wdec (
                    .code(d_codes[dl*WEIGHT_BITS +: WEIGHT_BITS]), .shift(cfg_wshift), .codebook(cfg_codebook),
                    .weight(s_w[dl*16 +: 16]));
            end
            assign s_valid  = d_valid;
            assign s_x      = d_x;
            assign s_j      = d_j;
            assign s_slot   = d_slot;
            assign s_active = d_active;
            assign s_rows   = d_rows;
            assign d_busy   = d_valid;
            assign tr_d_valid = d_valid;
            assign tr_d_j     = d_j;
            assign tr_d_slot  = d_slot;
        end
    endgenerate

    // WRD -> MUL (DEC -> MUL) register
    reg                 o_valid;
    reg [15:0]          o_x;
    reg [CW-1:0]        o_j;
    reg [SW-1:0]        o_slot;
    reg [LW-1:0]        o_active;
    reg [N_MUL*RW-1:0]  o_rows;
    reg [N_MUL*16-1:0]  o_w;
    always @(posedge clk) begin
        if (start) begin
            o_valid <= 1'b0;
        end else if (compute) begin
            o_valid <= s_valid;
            if (s_valid) begin
                o_x      <= s_x;
                o_j      <= s_j;
                o_slot   <= s_slot;
                o_active <= s_active;
                o_rows   <= s_rows;
                o_w      <= s_w;
            end
        end
    end

    // ---------------------------------------------------------------- MUL
    wire [N_MUL*32-1:0] products;

    // MUL -> ACC register
    reg                 a_valid;
    reg [CW-1:0]        a_j;
    reg [SW-1:0]        a_slot;
    reg [LW-1:0]        a_active;
    reg [N_MUL*RW-1:0]  a_rows;
    reg [N_MUL*32-1:0]  a_products;
    always @(posedge clk) begin
        if (start) begin
            a_valid <= 1'b0;
        end else if (compute) begin
            a_valid <= o_valid;
            if (o_valid) begin
                a_j        <= o_j;
                a_slot     <= o_slot;
                a_active   <= o_active;
                a_rows     <= o_rows;
                a_products <= products;
            end
        end
    end

    // ---------------------------------------------------------------- ACC and drain
    // The accumulator read ports serve the ACC stage in the compute phase and the drain in
    // the drain phase. Read-add-write completes in the cycle: a write lands at the clock edge
    // and the next cycle's read sees it, so back-to-back columns never stall.
    reg  [RW-1:0]             d_ptr;       // next local row to drain
    assign drained = d_ptr >= rows;
    wire [N_MUL*RW-1:0]       acc_raddr;
    wire [N_MUL*ACC_BITS-1:0] acc_rdata;
    wire [N_MUL-1:0]          acc_we;
    wire [N_MUL*ACC_BITS-1:0] acc_wdata;
    wire [N_MUL-1:0]          out_we;
    wire [N_MUL*RW-1:0]       out_waddr;
    wire [N_MUL*16-1:0]       out_wdata;

    genvar l;
    generate
        for (l = 0; l < N_MUL; l = l + 1) begin : g_lane
            localparam [LW-1:0] LANE_L = l;
            localparam [RW-1:0] LANE_R = l;
            assign k_wdata[l*PW +: PW] = ld_data[l*16 +: PW];
            assign w_wdata[l*WEIGHT_BITS +: WEIGHT_BITS] = ld_data[l*16 +: WEIGHT_BITS];
            if (LOAD_USED < 16) begin : g_unused_load
                wire unused_load_high = ^ld_data[l*16 + LOAD_USED +: 16 - LOAD_USED];
            end
            permdnn_mul16 u_mul (.w(o_w[l*16 +: 16]), .x(o_x), .product(products[l*32 +: 32]));
            // ACC: the lane's product into its row (lanes >= the active count idle).
            permdnn_satacc #(.ACC_BITS(ACC_BITS)) u_acc (
                .acc(acc_rdata[l*ACC_BITS +: ACC_BITS]), .product(a_products[l*32 +: 32]),
                .sum(acc_wdata[l*ACC_BITS +: ACC_BITS]));
            assign acc_we[l] = compute && a_valid && (LANE_L < a_active);
            // Drain: row d_ptr + l if it is below B_e * p.
            wire [RW-1:0] d_row = d_ptr + LANE_R;
            assign acc_raddr[l*RW +: RW] = drain ? d_row : a_rows[l*RW +: RW];
            permdnn_requant #(.ACC_BITS(ACC_BITS)) u_requant (
                .acc(acc_rdata[l*ACC_BITS +: ACC_BITS]), .relu(cfg_relu), .frac(cfg_frac),
                .out(out_wdata[l*16 +: 16]));
            assign out_we[l] = drain && (d_row < rows);
            assign out_waddr[l*RW +: RW] = d_row;
        end
    endgenerate

    permdnn_accmem #(.AW(RW), .DW(ACC_BITS), .PORTS(N_MUL)) u_accmem (
        .clk(clk), .clear(clear), .raddr(acc_raddr), .rdata(acc_rdata),
        .we(acc_we), .waddr(a_rows), .wdata(acc_wdata),
        .dbg_addr(dbg_row), .dbg_data(dbg_acc));
    permdnn_outmem #(.AW(RW), .PORTS(N_MUL)) u_outmem (
        .clk(clk), .we(out_we), .waddr(out_waddr), .wdata(out_wdata),
        .dbg_addr(dbg_row), .dbg_data(dbg_out));

    always @(posedge clk) begin
        if (start)                  d_ptr <= {RW{1'b0}};
        else if (drain && !drained) d_ptr <= (d_ptr + NMUL_R >= rows) ? rows : d_ptr + NMUL_R;
    end

    assign idle = !q_nonempty && !col_busy && !i_valid && !d_busy && !o_valid && !a_valid;

    assign tr_qcount  = q_count;
    assign tr_i_valid = issue;
    assign tr_i_j     = cur_j;
    assign tr_i_slot  = cur_slot;
    assign tr_w_valid = i_valid;
    assign tr_w_j     = i_j;
    assign tr_w_slot  = i_slot;
    assign tr_m_valid = o_valid;
    assign tr_m_j     = o_j;
    assign tr_m_slot  = o_slot;
    assign tr_a_valid = a_valid;
    assign tr_a_j     = a_j;
    assign tr_a_slot  = a_slot;
    assign tr_a_active   = a_active;
    assign tr_a_rows     = a_rows;
    assign tr_a_products = a_products;
    assign tr_acc_we     = acc_we;
    assign tr_acc_wdata  = acc_wdata;
    assign tr_out_we     = out_we;
endmodule
