// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe32_mul8_q4_s16_a32___024root.h"

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_static(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_static\n"); );
}

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_initial__TOP(Vpe32_mul8_q4_s16_a32___024root* vlSelf);

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_initial(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_initial\n"); );
    // Body
    Vpe32_mul8_q4_s16_a32___024root___eval_initial__TOP(vlSelf);
    vlSelf->__Vm_traceActivity[2U] = 1U;
    vlSelf->__Vm_traceActivity[1U] = 1U;
    vlSelf->__Vm_traceActivity[0U] = 1U;
    vlSelf->__Vtrigrprev__TOP____Vcellinp__permdnn_engine__clk 
        = vlSelf->__Vcellinp__permdnn_engine__clk;
}

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_initial__TOP(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_initial__TOP\n"); );
    // Body
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__i = 0xffffffffU;
}

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_final(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_final\n"); );
}

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_triggers__stl(Vpe32_mul8_q4_s16_a32___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__stl(Vpe32_mul8_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_stl(Vpe32_mul8_q4_s16_a32___024root* vlSelf);

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___eval_settle(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_settle\n"); );
    // Init
    CData/*0:0*/ __VstlContinue;
    // Body
    vlSelf->__VstlIterCount = 0U;
    __VstlContinue = 1U;
    while (__VstlContinue) {
        __VstlContinue = 0U;
        Vpe32_mul8_q4_s16_a32___024root___eval_triggers__stl(vlSelf);
        if (vlSelf->__VstlTriggered.any()) {
            __VstlContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VstlIterCount))) {
#ifdef VL_DEBUG
                Vpe32_mul8_q4_s16_a32___024root___dump_triggers__stl(vlSelf);
#endif
                VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "Settle region did not converge.");
            }
            vlSelf->__VstlIterCount = ((IData)(1U) 
                                       + vlSelf->__VstlIterCount);
            Vpe32_mul8_q4_s16_a32___024root___eval_stl(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__stl(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___dump_triggers__stl\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VstlTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VstlTriggered.at(0U)) {
        VL_DBG_MSGF("         'stl' region trigger index 0 is active: Internal 'stl' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__ico(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___dump_triggers__ico\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VicoTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VicoTriggered.at(0U)) {
        VL_DBG_MSGF("         'ico' region trigger index 0 is active: Internal 'ico' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__act(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___dump_triggers__act\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VactTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VactTriggered.at(0U)) {
        VL_DBG_MSGF("         'act' region trigger index 0 is active: @(posedge __Vcellinp__permdnn_engine__clk)\n");
    }
}
#endif  // VL_DEBUG

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__nba(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___dump_triggers__nba\n"); );
    // Body
    if ((1U & (~ (IData)(vlSelf->__VnbaTriggered.any())))) {
        VL_DBG_MSGF("         No triggers active\n");
    }
    if (vlSelf->__VnbaTriggered.at(0U)) {
        VL_DBG_MSGF("         'nba' region trigger index 0 is active: @(posedge __Vcellinp__permdnn_engine__clk)\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___ctor_var_reset(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___ctor_var_reset\n"); );
    // Body
    vlSelf->__Vcellout__permdnn_engine__draining = VL_RAND_RESET_I(1);
    vlSelf->__Vcellout__permdnn_engine__nzd_j = VL_RAND_RESET_I(13);
    vlSelf->__Vcellout__permdnn_engine__nzd_action = VL_RAND_RESET_I(2);
    vlSelf->__Vcellinp__permdnn_engine__dbg_row = VL_RAND_RESET_I(11);
    vlSelf->__Vcellinp__permdnn_engine__dbg_pe = VL_RAND_RESET_I(5);
    VL_RAND_RESET_W(256, vlSelf->__Vcellinp__permdnn_engine__ld_data);
    vlSelf->__Vcellinp__permdnn_engine__ld_addr = VL_RAND_RESET_I(15);
    vlSelf->__Vcellinp__permdnn_engine__ld_pe = VL_RAND_RESET_I(5);
    vlSelf->__Vcellinp__permdnn_engine__ld_sel = VL_RAND_RESET_I(2);
    vlSelf->__Vcellinp__permdnn_engine__ld_we = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__cfg_formula = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__cfg_relu = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__cfg_frac = VL_RAND_RESET_I(4);
    vlSelf->__Vcellinp__permdnn_engine__cfg_p = VL_RAND_RESET_I(5);
    vlSelf->__Vcellinp__permdnn_engine__cfg_drain = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__cfg_continue = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__cfg_end = VL_RAND_RESET_I(13);
    vlSelf->__Vcellinp__permdnn_engine__cfg_first_word = VL_RAND_RESET_I(9);
    vlSelf->__Vcellinp__permdnn_engine__cfg_n = VL_RAND_RESET_I(13);
    vlSelf->__Vcellinp__permdnn_engine__start = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__rst = VL_RAND_RESET_I(1);
    vlSelf->__Vcellinp__permdnn_engine__clk = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__n_r = VL_RAND_RESET_I(13);
    vlSelf->permdnn_engine__DOT__end_r = VL_RAND_RESET_I(13);
    vlSelf->permdnn_engine__DOT__drain_cfg_r = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__p_r = VL_RAND_RESET_I(5);
    vlSelf->permdnn_engine__DOT__frac_r = VL_RAND_RESET_I(4);
    vlSelf->permdnn_engine__DOT__relu_r = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__formula_r = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__running = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__drain_r = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__finished = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__cycle_r = VL_RAND_RESET_I(32);
    vlSelf->permdnn_engine__DOT__active = VL_RAND_RESET_I(32);
    vlSelf->permdnn_engine__DOT__room = VL_RAND_RESET_I(32);
    vlSelf->permdnn_engine__DOT__idle = VL_RAND_RESET_I(32);
    vlSelf->permdnn_engine__DOT__finish = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__compute = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__pe_drain = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__b_x = VL_RAND_RESET_I(16);
    vlSelf->permdnn_engine__DOT__b_c = VL_RAND_RESET_I(13);
    vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_acc[__Vi0] = VL_RAND_RESET_I(32);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_out[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_qcount[__Vi0] = VL_RAND_RESET_I(3);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_i[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_w[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_m[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_a[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_a_active[__Vi0] = VL_RAND_RESET_I(4);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_RAND_RESET_W(88, vlSelf->permdnn_engine__DOT__pe_a_rows[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_RAND_RESET_W(256, vlSelf->permdnn_engine__DOT__pe_a_prod[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_acc_we[__Vi0] = VL_RAND_RESET_I(8);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        VL_RAND_RESET_W(256, vlSelf->permdnn_engine__DOT__pe_acc_wdata[__Vi0]);
    }
    for (int __Vi0 = 0; __Vi0 < 32; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__pe_out_we[__Vi0] = VL_RAND_RESET_I(8);
    }
    vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__8__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__8__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__8__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__9__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__9__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__9__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__10__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__10__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__10__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__11__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__11__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__11__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__12__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__12__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__12__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__13__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__13__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__13__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__14__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__14__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__14__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__15__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__15__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__15__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__16__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__16__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__16__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__17__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__17__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__17__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__18__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__18__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__18__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__19__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__19__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__19__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__20__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__20__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__20__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__21__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__21__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__21__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__22__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__22__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__22__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__23__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__23__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__23__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__24__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__24__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__24__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__25__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__25__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__25__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__26__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__26__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__26__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__selected = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows = VL_RAND_RESET_I(6);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__ld_we_k = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__ld_we_w = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0 = 0;
    vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0 = 0;
    vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0 = 0;
    vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0 = 0;
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word = VL_RAND_RESET_I(9);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base = VL_RAND_RESET_I(14);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__base = VL_RAND_RESET_I(13);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending = VL_RAND_RESET_I(16);
    VL_RAND_RESET_W(256, vlSelf->permdnn_engine__DOT__u_nzd__DOT__held);
    VL_RAND_RESET_W(256, vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__more = VL_RAND_RESET_I(1);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining = VL_RAND_RESET_I(14);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = VL_RAND_RESET_I(16);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__i = VL_RAND_RESET_I(32);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = VL_RAND_RESET_I(4);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide = VL_RAND_RESET_I(13);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide = VL_RAND_RESET_I(13);
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[__Vi0] = VL_RAND_RESET_I(16);
    }
    vlSelf->__Vtrigrprev__TOP____Vcellinp__permdnn_engine__clk = VL_RAND_RESET_I(1);
    for (int __Vi0 = 0; __Vi0 < 3; ++__Vi0) {
        vlSelf->__Vm_traceActivity[__Vi0] = 0;
    }
}
