// IDX stage of a PE (index calculator): the column register, the k registers, the formula
// unit and the destination-row arithmetic. Issues one slot per cycle:
//   - column register valid: issue its slot;
//   - else, queue non-empty: pop the head and issue its slot 0 in this same cycle;
//   - else: nothing (an idle cycle).
// Slot s of column j = c*p + t: lane l serves local block-row b = s*N_MUL + l if b < B_e and
// targets local row b*p + ((t - k_b) mod p). When a popped column's block-column differs from
// the previous column's, each of its slots loads the k registers of its lanes from the
// permutation SRAM word (stored) or the formula unit; they are bypassed in that cycle.
module permdnn_idx #(
    parameter N_MUL     = 8,
    parameter MAX_SLOTS = 8,   // largest S_e (k registers per lane)
    parameter PW    = 5,
    parameter CW    = 8,
    parameter SW    = 4,
    parameter LW    = 4,
    parameter BW    = SW + LW,
    parameter RW    = BW + PW,
    parameter WAW   = CW + SW
) (
    input  wire               clk,
    input  wire               start,
    input  wire               clear,            // with start: forget the loaded block-column
    input  wire               compute,
    input  wire [PW-1:0]      cfg_p,
    input  wire [BW-1:0]      cfg_block_rows,   // B_e
    input  wire [SW-1:0]      slots,            // S_e
    input  wire               cfg_formula,
    // queue head (start of cycle)
    input  wire               head_valid,
    input  wire [15:0]        head_x,
    input  wire [CW-1:0]      head_j,
    input  wire [CW-1:0]      head_c,
    input  wire [PW-1:0]      head_t,
    input  wire [PW-1:0]      head_cm,
    output wire               pop,
    // permutation SRAM read port
    output wire [WAW-1:0]     k_addr,
    input  wire [N_MUL*PW-1:0] k_word,
    // the slot issued this cycle (next value of the IDX->WRD register)
    output wire               busy,             // column register valid
    output wire               issue,
    output wire [15:0]        issue_x,
    output wire [CW-1:0]      issue_j,
    output wire [SW-1:0]      issue_slot,
    output wire [LW-1:0]      issue_active,
    output wire [N_MUL*RW-1:0] issue_rows
);
    localparam integer NMUL_I = N_MUL;
    localparam [BW-1:0] NMUL_B = NMUL_I[BW-1:0];
    localparam [LW-1:0] NMUL_L = NMUL_I[LW-1:0];
    localparam KAW = (MAX_SLOTS > 1) ? $clog2(MAX_SLOTS) : 1;   // k register index

    // Column register {valid, x, j (+ its c, t, c mod p), slot}, and whether the column's
    // slots reload the k registers.
    reg           col_valid;
    reg           col_reload;
    reg [15:0]    col_x;
    reg [CW-1:0]  col_j;
    reg [CW-1:0]  col_c;
    reg [PW-1:0]  col_t;
    reg [PW-1:0]  col_cm;
    reg [SW-1:0]  col_slot;
    reg           k_valid;     // the k registers hold block-column k_col
    reg [CW-1:0]  k_col;

    assign busy  = col_valid;
    assign pop   = compute && !col_valid && head_valid;
    assign issue = compute && (col_valid || head_valid);

    wire [CW-1:0] cur_c      = col_valid ? col_c  : head_c;
    wire [PW-1:0] cur_t      = col_valid ? col_t  : head_t;
    wire [PW-1:0] cur_cm     = col_valid ? col_cm : head_cm;
    wire [SW-1:0] cur_slot   = col_valid ? col_slot : {SW{1'b0}};
    wire          cur_reload = col_valid ? col_reload : (!k_valid || head_c != k_col);
    wire [SW-1:0] next_slot  = cur_slot + 1'b1;
    wire          next_valid = next_slot < slots;

    // Active lanes min(N_MUL, B_e - s*N_MUL).
    wire [BW-1:0] first_b = {{LW{1'b0}}, cur_slot} * NMUL_B;
    wire [BW-1:0] rest_b  = cfg_block_rows - first_b;
    // First local row of the slot, s*N_MUL*p (lane l adds l*p, a constant multiple).
    wire [RW-1:0] p_wide   = {{BW{1'b0}}, cfg_p};
    wire [RW-1:0] base_row = {{PW{1'b0}}, first_b} * p_wide;
    wire [KAW-1:0] k_index = cur_slot[KAW-1:0];

    // Permutation word c*S_e + s (stored source) or row-offset word s (formula source).
    assign k_addr = cfg_formula ? {{CW{1'b0}}, cur_slot}
                  : {{SW{1'b0}}, cur_c} * {{CW{1'b0}}, slots} + {{CW{1'b0}}, cur_slot};

    genvar l;
    generate
        for (l = 0; l < N_MUL; l = l + 1) begin : g_lane
            localparam [RW-1:0] LANE_R = l;
            // Formula unit: k = (rowOffset_b + c mod p) mod p.
            wire [PW-1:0] k_stored  = k_word[l*PW +: PW];
            wire [PW:0]   k_sum     = {1'b0, k_stored} + {1'b0, cur_cm};
            wire [PW-1:0] k_formula = (k_sum >= {1'b0, cfg_p}) ? k_sum[PW-1:0] - cfg_p : k_sum[PW-1:0];
            wire [PW-1:0] k_load    = cfg_formula ? k_formula : k_stored;
            // k registers: one per (slot, lane).
            reg  [PW-1:0] k_reg [0:MAX_SLOTS-1];
            always @(posedge clk) begin
                if (issue && cur_reload) k_reg[k_index] <= k_load;
            end
            wire [PW-1:0] k = cur_reload ? k_load : k_reg[k_index];
            // Row b*p + ((t - k) mod p) with b = s*N_MUL + l: one subtract and a conditional
            // add of p for the modulo.
            wire [PW-1:0] local_row = (cur_t >= k) ? cur_t - k : cur_t - k + cfg_p;
            assign issue_rows[l*RW +: RW] = base_row + LANE_R * p_wide + {{BW{1'b0}}, local_row};
        end
    endgenerate

    always @(posedge clk) begin
        if (start) begin
            col_valid  <= 1'b0;
            col_reload <= 1'b0;
            if (clear) k_valid <= 1'b0;
        end else if (issue) begin
            col_valid  <= next_valid;
            col_slot   <= next_slot;
            col_reload <= next_valid && cur_reload;
            if (pop) begin
                col_x   <= head_x;
                col_j   <= head_j;
                col_c   <= head_c;
                col_t   <= head_t;
                col_cm  <= head_cm;
                k_valid <= 1'b1;
                k_col   <= head_c;
            end
        end
    end

    assign issue_x      = col_valid ? col_x : head_x;
    assign issue_j      = col_valid ? col_j : head_j;
    assign issue_slot   = cur_slot;
    assign issue_active = (rest_b >= NMUL_B) ? NMUL_L : rest_b[LW-1:0];
endmodule
