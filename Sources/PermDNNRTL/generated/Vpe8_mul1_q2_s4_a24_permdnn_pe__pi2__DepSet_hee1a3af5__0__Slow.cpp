// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2.h"

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___ctor_var_reset(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___ctor_var_reset\n"); );
    // Body
    vlSelf->clk = VL_RAND_RESET_I(1);
    vlSelf->start = VL_RAND_RESET_I(1);
    vlSelf->clear = VL_RAND_RESET_I(1);
    vlSelf->compute = VL_RAND_RESET_I(1);
    vlSelf->drain = VL_RAND_RESET_I(1);
    vlSelf->cfg_p = VL_RAND_RESET_I(7);
    vlSelf->cfg_block_rows = VL_RAND_RESET_I(6);
    vlSelf->cfg_formula = VL_RAND_RESET_I(1);
    vlSelf->cfg_relu = VL_RAND_RESET_I(1);
    vlSelf->cfg_frac = VL_RAND_RESET_I(4);
    vlSelf->push = VL_RAND_RESET_I(1);
    vlSelf->push_x = VL_RAND_RESET_I(16);
    vlSelf->push_j = VL_RAND_RESET_I(9);
    vlSelf->push_c = VL_RAND_RESET_I(9);
    vlSelf->push_t = VL_RAND_RESET_I(7);
    vlSelf->push_cm = VL_RAND_RESET_I(7);
    vlSelf->ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->ld_addr = VL_RAND_RESET_I(14);
    vlSelf->ld_data = VL_RAND_RESET_I(16);
    vlSelf->dbg_row = VL_RAND_RESET_I(13);
    vlSelf->dbg_acc = VL_RAND_RESET_I(24);
    vlSelf->dbg_out = VL_RAND_RESET_I(16);
    vlSelf->room = VL_RAND_RESET_I(1);
    vlSelf->idle = VL_RAND_RESET_I(1);
    vlSelf->drained = VL_RAND_RESET_I(1);
    vlSelf->tr_qcount = VL_RAND_RESET_I(2);
    vlSelf->tr_i_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_i_j = VL_RAND_RESET_I(9);
    vlSelf->tr_i_slot = VL_RAND_RESET_I(5);
    vlSelf->tr_w_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_w_j = VL_RAND_RESET_I(9);
    vlSelf->tr_w_slot = VL_RAND_RESET_I(5);
    vlSelf->tr_m_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_m_j = VL_RAND_RESET_I(9);
    vlSelf->tr_m_slot = VL_RAND_RESET_I(5);
    vlSelf->tr_a_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_a_j = VL_RAND_RESET_I(9);
    vlSelf->tr_a_slot = VL_RAND_RESET_I(5);
    vlSelf->tr_a_active = VL_RAND_RESET_I(1);
    vlSelf->tr_a_rows = VL_RAND_RESET_I(13);
    vlSelf->tr_a_products = VL_RAND_RESET_I(32);
    vlSelf->tr_acc_we = VL_RAND_RESET_I(1);
    vlSelf->tr_acc_wdata = VL_RAND_RESET_I(24);
    vlSelf->tr_out_we = VL_RAND_RESET_I(1);
    vlSelf->__PVT__rows = VL_RAND_RESET_I(13);
    vlSelf->__PVT__q_head = VL_RAND_RESET_Q(48);
    vlSelf->__PVT__pop = VL_RAND_RESET_I(1);
    vlSelf->__PVT__i_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__i_x = VL_RAND_RESET_I(16);
    vlSelf->__PVT__i_j = VL_RAND_RESET_I(9);
    vlSelf->__PVT__i_slot = VL_RAND_RESET_I(5);
    vlSelf->__PVT__i_active = VL_RAND_RESET_I(1);
    vlSelf->__PVT__i_rows = VL_RAND_RESET_I(13);
    vlSelf->__PVT__o_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__o_x = VL_RAND_RESET_I(16);
    vlSelf->__PVT__o_j = VL_RAND_RESET_I(9);
    vlSelf->__PVT__o_slot = VL_RAND_RESET_I(5);
    vlSelf->__PVT__o_active = VL_RAND_RESET_I(1);
    vlSelf->__PVT__o_rows = VL_RAND_RESET_I(13);
    vlSelf->__PVT__o_w = VL_RAND_RESET_I(16);
    vlSelf->__PVT__a_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__a_j = VL_RAND_RESET_I(9);
    vlSelf->__PVT__a_slot = VL_RAND_RESET_I(5);
    vlSelf->__PVT__a_active = VL_RAND_RESET_I(1);
    vlSelf->__PVT__a_rows = VL_RAND_RESET_I(13);
    vlSelf->__PVT__a_products = VL_RAND_RESET_I(32);
    vlSelf->__PVT__d_ptr = VL_RAND_RESET_I(13);
    vlSelf->__PVT__acc_raddr = VL_RAND_RESET_I(13);
    vlSelf->__PVT__acc_rdata = VL_RAND_RESET_I(24);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vi0] = VL_RAND_RESET_Q(48);
    }
    vlSelf->__PVT__u_queue__DOT__head = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_queue__DOT__tail = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_queue__DOT__cnt = VL_RAND_RESET_I(2);
    for (int __Vi0 = 0; __Vi0 < 16384; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(7);
    }
    vlSelf->__PVT__u_idx__DOT__col_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__col_reload = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__col_x = VL_RAND_RESET_I(16);
    vlSelf->__PVT__u_idx__DOT__col_j = VL_RAND_RESET_I(9);
    vlSelf->__PVT__u_idx__DOT__col_c = VL_RAND_RESET_I(9);
    vlSelf->__PVT__u_idx__DOT__col_t = VL_RAND_RESET_I(7);
    vlSelf->__PVT__u_idx__DOT__col_cm = VL_RAND_RESET_I(7);
    vlSelf->__PVT__u_idx__DOT__col_slot = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__k_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__k_col = VL_RAND_RESET_I(9);
    vlSelf->__PVT__u_idx__DOT__cur_t = VL_RAND_RESET_I(7);
    vlSelf->__PVT__u_idx__DOT__cur_reload = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__next_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__rest_b = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__k_index = VL_RAND_RESET_I(4);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored = VL_RAND_RESET_I(7);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum = VL_RAND_RESET_I(8);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load = VL_RAND_RESET_I(7);
    for (int __Vi0 = 0; __Vi0 < 16; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(7);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = VL_RAND_RESET_I(7);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 16384; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 8192; ++__Vi0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vi0] = VL_RAND_RESET_I(24);
    }
    VL_RAND_RESET_W(8192, vlSelf->__PVT__u_accmem__DOT__live);
    vlSelf->__PVT__u_accmem__DOT__q = VL_RAND_RESET_I(32);
    for (int __Vi0 = 0; __Vi0 < 8192; ++__Vi0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    vlSelf->__PVT__u_outmem__DOT__q = VL_RAND_RESET_I(32);
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_I(25);
    vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0 = 0;
    vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0 = 0;
}
