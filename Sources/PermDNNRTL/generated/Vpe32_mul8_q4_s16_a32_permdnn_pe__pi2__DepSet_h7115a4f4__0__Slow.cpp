// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2.h"

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ctor_var_reset(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ctor_var_reset\n"); );
    // Body
    vlSelf->clk = VL_RAND_RESET_I(1);
    vlSelf->start = VL_RAND_RESET_I(1);
    vlSelf->clear = VL_RAND_RESET_I(1);
    vlSelf->compute = VL_RAND_RESET_I(1);
    vlSelf->drain = VL_RAND_RESET_I(1);
    vlSelf->cfg_p = VL_RAND_RESET_I(5);
    vlSelf->cfg_block_rows = VL_RAND_RESET_I(6);
    vlSelf->cfg_formula = VL_RAND_RESET_I(1);
    vlSelf->cfg_relu = VL_RAND_RESET_I(1);
    vlSelf->cfg_frac = VL_RAND_RESET_I(4);
    vlSelf->push = VL_RAND_RESET_I(1);
    vlSelf->push_x = VL_RAND_RESET_I(16);
    vlSelf->push_j = VL_RAND_RESET_I(13);
    vlSelf->push_c = VL_RAND_RESET_I(13);
    vlSelf->push_t = VL_RAND_RESET_I(5);
    vlSelf->push_cm = VL_RAND_RESET_I(5);
    vlSelf->ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->ld_addr = VL_RAND_RESET_I(15);
    VL_RAND_RESET_W(128, vlSelf->ld_data);
    vlSelf->dbg_row = VL_RAND_RESET_I(11);
    vlSelf->dbg_acc = VL_RAND_RESET_I(32);
    vlSelf->dbg_out = VL_RAND_RESET_I(16);
    vlSelf->room = VL_RAND_RESET_I(1);
    vlSelf->idle = VL_RAND_RESET_I(1);
    vlSelf->drained = VL_RAND_RESET_I(1);
    vlSelf->tr_qcount = VL_RAND_RESET_I(3);
    vlSelf->tr_i_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_i_j = VL_RAND_RESET_I(13);
    vlSelf->tr_i_slot = VL_RAND_RESET_I(2);
    vlSelf->tr_w_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_w_j = VL_RAND_RESET_I(13);
    vlSelf->tr_w_slot = VL_RAND_RESET_I(2);
    vlSelf->tr_m_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_m_j = VL_RAND_RESET_I(13);
    vlSelf->tr_m_slot = VL_RAND_RESET_I(2);
    vlSelf->tr_a_valid = VL_RAND_RESET_I(1);
    vlSelf->tr_a_j = VL_RAND_RESET_I(13);
    vlSelf->tr_a_slot = VL_RAND_RESET_I(2);
    vlSelf->tr_a_active = VL_RAND_RESET_I(4);
    VL_RAND_RESET_W(88, vlSelf->tr_a_rows);
    VL_RAND_RESET_W(256, vlSelf->tr_a_products);
    vlSelf->tr_acc_we = VL_RAND_RESET_I(8);
    VL_RAND_RESET_W(256, vlSelf->tr_acc_wdata);
    vlSelf->tr_out_we = VL_RAND_RESET_I(8);
    vlSelf->__PVT__rows = VL_RAND_RESET_I(11);
    vlSelf->__PVT__q_head = VL_RAND_RESET_Q(52);
    vlSelf->__PVT__pop = VL_RAND_RESET_I(1);
    vlSelf->__PVT__k_addr = VL_RAND_RESET_I(15);
    vlSelf->__PVT__k_wdata = VL_RAND_RESET_Q(40);
    vlSelf->__PVT__i_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__i_x = VL_RAND_RESET_I(16);
    vlSelf->__PVT__i_j = VL_RAND_RESET_I(13);
    vlSelf->__PVT__i_slot = VL_RAND_RESET_I(2);
    vlSelf->__PVT__i_active = VL_RAND_RESET_I(4);
    VL_RAND_RESET_W(88, vlSelf->__PVT__i_rows);
    vlSelf->__PVT__w_addr = VL_RAND_RESET_I(15);
    vlSelf->__PVT__o_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__o_x = VL_RAND_RESET_I(16);
    vlSelf->__PVT__o_j = VL_RAND_RESET_I(13);
    vlSelf->__PVT__o_slot = VL_RAND_RESET_I(2);
    vlSelf->__PVT__o_active = VL_RAND_RESET_I(4);
    VL_RAND_RESET_W(88, vlSelf->__PVT__o_rows);
    VL_RAND_RESET_W(128, vlSelf->__PVT__o_w);
    vlSelf->__PVT__a_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__a_j = VL_RAND_RESET_I(13);
    vlSelf->__PVT__a_slot = VL_RAND_RESET_I(2);
    vlSelf->__PVT__a_active = VL_RAND_RESET_I(4);
    VL_RAND_RESET_W(88, vlSelf->__PVT__a_rows);
    VL_RAND_RESET_W(256, vlSelf->__PVT__a_products);
    vlSelf->__PVT__d_ptr = VL_RAND_RESET_I(11);
    VL_RAND_RESET_W(88, vlSelf->__PVT__out_waddr);
    VL_RAND_RESET_W(128, vlSelf->__PVT__out_wdata);
    vlSelf->__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    vlSelf->__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc = VL_RAND_RESET_I(32);
    for (int __Vi0 = 0; __Vi0 < 4; ++__Vi0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vi0] = VL_RAND_RESET_Q(52);
    }
    vlSelf->__PVT__u_queue__DOT__head = VL_RAND_RESET_I(2);
    vlSelf->__PVT__u_queue__DOT__tail = VL_RAND_RESET_I(2);
    vlSelf->__PVT__u_queue__DOT__cnt = VL_RAND_RESET_I(3);
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__col_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__col_reload = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__col_x = VL_RAND_RESET_I(16);
    vlSelf->__PVT__u_idx__DOT__col_j = VL_RAND_RESET_I(13);
    vlSelf->__PVT__u_idx__DOT__col_c = VL_RAND_RESET_I(13);
    vlSelf->__PVT__u_idx__DOT__col_t = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__col_cm = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__col_slot = VL_RAND_RESET_I(2);
    vlSelf->__PVT__u_idx__DOT__k_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__k_col = VL_RAND_RESET_I(13);
    vlSelf->__PVT__u_idx__DOT__cur_t = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__cur_cm = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__cur_reload = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__next_valid = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__rest_b = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__base_row = VL_RAND_RESET_I(11);
    vlSelf->__PVT__u_idx__DOT__k_index = VL_RAND_RESET_I(1);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored = VL_RAND_RESET_I(5);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum = VL_RAND_RESET_I(6);
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load = VL_RAND_RESET_I(5);
    for (int __Vi0 = 0; __Vi0 < 2; ++__Vi0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[__Vi0] = VL_RAND_RESET_I(5);
    }
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k = VL_RAND_RESET_I(5);
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = 0;
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32768; ++__Vi0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 2048; ++__Vi0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vi0] = VL_RAND_RESET_I(32);
    }
    VL_RAND_RESET_W(2048, vlSelf->__PVT__u_accmem__DOT__live);
    vlSelf->__PVT__u_accmem__DOT__q = VL_RAND_RESET_I(32);
    vlSelf->u_accmem__DOT____VdfgTmp_hb4a64f30__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hb8ec2bbf__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hb8073b1c__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hb83af3f2__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hb82e2896__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hb879cc2f__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hbbca75e2__0 = 0;
    vlSelf->u_accmem__DOT____VdfgTmp_hbb10347a__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 2048; ++__Vi0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    vlSelf->__PVT__u_outmem__DOT__q = VL_RAND_RESET_I(32);
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
    vlSelf->__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact = VL_RAND_RESET_Q(33);
    vlSelf->__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted = VL_RAND_RESET_Q(33);
    vlSelf->g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 = 0;
    vlSelf->g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0;
}
