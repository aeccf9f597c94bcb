// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul1_q2_s4_a24__Syms.h"
#include "Vpe8_mul1_q2_s4_a24___024root.h"

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___dump_triggers__stl(Vpe8_mul1_q2_s4_a24___024root* vlSelf);
#endif  // VL_DEBUG

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___eval_triggers__stl(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___eval_triggers__stl\n"); );
    // Body
    vlSelf->__VstlTriggered.at(0U) = (0U == vlSelf->__VstlIterCount);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vpe8_mul1_q2_s4_a24___024root___dump_triggers__stl(vlSelf);
    }
#endif
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__0\n"); );
    // Body
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__clk, vlSelf->clk);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__rst, vlSelf->rst);
    VL_ASSIGN_ISI(9,vlSelf->__Vcellinp__permdnn_engine__cfg_n, vlSelf->cfg_n);
    VL_ASSIGN_ISI(7,vlSelf->__Vcellinp__permdnn_engine__cfg_first_word, vlSelf->cfg_first_word);
    VL_ASSIGN_ISI(9,vlSelf->__Vcellinp__permdnn_engine__cfg_end, vlSelf->cfg_end);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_drain, vlSelf->cfg_drain);
    VL_ASSIGN_ISI(7,vlSelf->__Vcellinp__permdnn_engine__cfg_p, vlSelf->cfg_p);
    VL_ASSIGN_ISI(4,vlSelf->__Vcellinp__permdnn_engine__cfg_frac, vlSelf->cfg_frac);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_relu, vlSelf->cfg_relu);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_formula, vlSelf->cfg_formula);
    VL_ASSIGN_ISI(14,vlSelf->__Vcellinp__permdnn_engine__ld_addr, vlSelf->ld_addr);
    VL_ASSIGN_QSQ(64,vlSelf->__Vcellinp__permdnn_engine__ld_data, vlSelf->ld_data);
    VL_ASSIGN_SII(1,vlSelf->busy, vlSelf->permdnn_engine__DOT__running);
    VL_ASSIGN_SII(7,vlSelf->nzd_word, vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word);
    VL_ASSIGN_SII(32,vlSelf->cycle, vlSelf->permdnn_engine__DOT__cycle_r);
    vlSelf->permdnn_engine__DOT__b_x = 0U;
    if ((8U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & (IData)(
                                                      (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held 
                                                       >> 0x30U)));
    }
    if ((4U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & (IData)(
                                                      (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held 
                                                       >> 0x20U)));
    }
    if ((2U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & (IData)(
                                                      (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held 
                                                       >> 0x10U)));
    }
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__start, vlSelf->start);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_continue, vlSelf->cfg_continue);
    VL_ASSIGN_ISI(2,vlSelf->__Vcellinp__permdnn_engine__ld_sel, vlSelf->ld_sel);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining 
        = (0x3ffU & ((IData)(vlSelf->permdnn_engine__DOT__n_r) 
                     - (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base)));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata 
        = (((QData)((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem
                            [(0x3fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))])) 
            << 0x30U) | (((QData)((IData)(((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem
                                            [(0x3fU 
                                              & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                            << 0x10U) 
                                           | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem
                                           [(0x3fU 
                                             & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))) 
                          << 0x10U) | (QData)((IData)(
                                                      vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem
                                                      [
                                                      (0x3fU 
                                                       & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))));
    vlSelf->permdnn_engine__DOT__pe_qcount[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_qcount[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a_active[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_active[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a_rows[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_rows[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows;
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products;
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0U;
    if ((8U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 3U;
    }
    if ((4U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 2U;
    }
    if ((2U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 1U;
    }
    if ((1U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__held));
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0U;
    }
    VL_ASSIGN_ISI(3,vlSelf->__Vcellinp__permdnn_engine__ld_pe, vlSelf->ld_pe);
    vlSelf->permdnn_engine__DOT__pe_a[0U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[0U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[0U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[0U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[0U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[0U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[0U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[0U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[1U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[1U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[1U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[1U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[1U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[1U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[1U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[1U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[1U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[2U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[2U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[2U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[2U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[2U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[2U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[2U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[2U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[2U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[3U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[3U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[3U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[3U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[3U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[3U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[3U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[3U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[3U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[4U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[4U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[4U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[4U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[4U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[4U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[4U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[4U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[4U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[5U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[5U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[5U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[5U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[5U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[5U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[5U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[5U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[5U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[6U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[6U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[6U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[6U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[6U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[6U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[6U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[6U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[6U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_a[7U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a[7U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_a[7U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_m[7U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_m[7U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_m[7U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_w[7U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_w[7U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_w[7U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xeU));
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__ld_we, vlSelf->ld_we);
    VL_ASSIGN_ISI(3,vlSelf->__Vcellinp__permdnn_engine__dbg_pe, vlSelf->dbg_pe);
    VL_ASSIGN_ISI(13,vlSelf->__Vcellinp__permdnn_engine__dbg_row, vlSelf->dbg_row);
    vlSelf->permdnn_engine__DOT__idle = ((0x80U & (
                                                   (~ 
                                                    ((0U 
                                                      != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                     | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                   << 7U)) 
                                         | ((0x40U 
                                             & ((~ 
                                                 ((0U 
                                                   != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                     | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                           | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                << 6U)) 
                                            | ((0x20U 
                                                & ((~ 
                                                    ((0U 
                                                      != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                     | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                   << 5U)) 
                                               | ((0x10U 
                                                   & ((~ 
                                                       ((0U 
                                                         != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                      << 4U)) 
                                                  | ((8U 
                                                      & ((~ 
                                                          ((0U 
                                                            != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                         << 3U)) 
                                                     | ((4U 
                                                         & ((~ 
                                                             ((0U 
                                                               != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                                                    | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                            << 2U)) 
                                                        | ((2U 
                                                            & ((~ 
                                                                ((0U 
                                                                  != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                    | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                                                          | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                               << 1U)) 
                                                           | (1U 
                                                              & (~ 
                                                                 ((0U 
                                                                   != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                     | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                                                           | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid))))))))))))));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__more = 
        ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base) 
         < (IData)(vlSelf->permdnn_engine__DOT__end_r));
    vlSelf->permdnn_engine__DOT__active = (((0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows)) 
                                            << 7U) 
                                           | (((0U 
                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows)) 
                                               << 6U) 
                                              | (((0U 
                                                   != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows)) 
                                                  << 5U) 
                                                 | (((0U 
                                                      != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows)) 
                                                     << 4U) 
                                                    | (((0U 
                                                         != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows)) 
                                                        << 3U) 
                                                       | (((0U 
                                                            != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows)) 
                                                           << 2U) 
                                                          | (((0U 
                                                               != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows)) 
                                                              << 1U) 
                                                             | (0U 
                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows)))))))));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear 
        = ((~ (IData)(vlSelf->__Vcellinp__permdnn_engine__cfg_continue)) 
           & (IData)(vlSelf->__Vcellinp__permdnn_engine__start));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xeU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | ((0U != (0xffffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata))) 
            & (0U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xdU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & (IData)((vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata 
                                        >> 0x10U)))) 
             & (1U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 1U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xbU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & (IData)((vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata 
                                        >> 0x20U)))) 
             & (2U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 2U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((7U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & (IData)((vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata 
                                        >> 0x30U)))) 
             & (3U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 3U));
    vlSelf->__Vcellout__permdnn_engine__nzd_j = (0x1ffU 
                                                 & ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (4U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (5U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (6U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (7U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    VL_ASSIGN_SII(2,vlSelf->dbg_qcount, vlSelf->permdnn_engine__DOT__pe_qcount
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(1,vlSelf->dbg_a_active, vlSelf->permdnn_engine__DOT__pe_a_active
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(13,vlSelf->dbg_a_rows, vlSelf->permdnn_engine__DOT__pe_a_rows
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(32,vlSelf->dbg_a_products, vlSelf->permdnn_engine__DOT__pe_a_prod
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0 
        = vlSelf->permdnn_engine__DOT__pe_w[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0 
        = vlSelf->permdnn_engine__DOT__pe_m[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0 
        = vlSelf->permdnn_engine__DOT__pe_a[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT__pe_out[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_acc[0U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[1U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[2U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[3U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[4U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[5U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[6U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[7U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    VL_ASSIGN_SII(1,vlSelf->dbg_active, (1U & ((IData)(vlSelf->permdnn_engine__DOT__active) 
                                               >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe))));
    vlSelf->__Vcellout__permdnn_engine__draining = 
        ((IData)(vlSelf->permdnn_engine__DOT__running) 
         & ((IData)(vlSelf->permdnn_engine__DOT__drain_r) 
            | (((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) 
               & (0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                     | (IData)(vlSelf->permdnn_engine__DOT__idle)))))));
    VL_ASSIGN_SII(9,vlSelf->nzd_j, vlSelf->__Vcellout__permdnn_engine__nzd_j);
    vlSelf->permdnn_engine__DOT__b_c = (0x1ffU & VL_DIV_III(9, (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_j), (IData)(vlSelf->permdnn_engine__DOT__p_r)));
    VL_ASSIGN_SII(1,vlSelf->dbg_w_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0) 
                                                >> 0xeU)));
    VL_ASSIGN_SII(9,vlSelf->dbg_w_j, (0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0) 
                                                >> 5U)));
    VL_ASSIGN_SII(5,vlSelf->dbg_w_slot, (0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_m_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0) 
                                                >> 0xeU)));
    VL_ASSIGN_SII(9,vlSelf->dbg_m_j, (0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0) 
                                                >> 5U)));
    VL_ASSIGN_SII(5,vlSelf->dbg_m_slot, (0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_a_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0) 
                                                >> 0xeU)));
    VL_ASSIGN_SII(9,vlSelf->dbg_a_j, (0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0) 
                                                >> 5U)));
    VL_ASSIGN_SII(5,vlSelf->dbg_a_slot, (0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0)));
    VL_ASSIGN_SII(16,vlSelf->dbg_out, vlSelf->permdnn_engine__DOT__pe_out
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(24,vlSelf->dbg_acc, vlSelf->permdnn_engine__DOT__pe_acc
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(1,vlSelf->draining, vlSelf->__Vcellout__permdnn_engine__draining);
    vlSelf->permdnn_engine__DOT__compute = ((~ (IData)(vlSelf->__Vcellout__permdnn_engine__draining)) 
                                            & (IData)(vlSelf->permdnn_engine__DOT__running));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide 
        = (0x1ffU & VL_MODDIV_III(9, (IData)(vlSelf->permdnn_engine__DOT__b_c), (IData)(vlSelf->permdnn_engine__DOT__p_r)));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide 
        = (0x1ffU & ((IData)(vlSelf->__Vcellout__permdnn_engine__nzd_j) 
                     - ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                        * (IData)(vlSelf->permdnn_engine__DOT__p_r))));
    vlSelf->__Vcellout__permdnn_engine__nzd_action 
        = ((IData)(vlSelf->permdnn_engine__DOT__compute)
            ? ((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))
                ? ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)
                    ? 1U : 0U) : ((0xffU == (0xffU 
                                             & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                | (((2U 
                                                     > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                    << 7U) 
                                                   | (((2U 
                                                        > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                       << 6U) 
                                                      | (((2U 
                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                          << 5U) 
                                                         | (((2U 
                                                              > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                             << 4U) 
                                                            | (((2U 
                                                                 > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                << 3U) 
                                                               | (((2U 
                                                                    > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                   << 2U) 
                                                                  | (((2U 
                                                                       > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                      << 1U) 
                                                                     | (2U 
                                                                        > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))))))))))))
                                   ? 2U : 3U)) : 0U);
    VL_ASSIGN_SII(2,vlSelf->nzd_action, vlSelf->__Vcellout__permdnn_engine__nzd_action);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows)));
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__1(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__1\n"); );
    // Body
    vlSelf->permdnn_engine__DOT__pe_i[0U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[0U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[1U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[1U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[1U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[2U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[2U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[2U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[3U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[3U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[3U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[4U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[4U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[4U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[5U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[5U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[5U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[6U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[6U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[6U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__pe_i[7U] = ((0x7fe0U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_acc_we[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[7U] = ((0x3fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xeU));
    vlSelf->permdnn_engine__DOT__pe_i[7U] = ((0x401fU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j) 
                                                << 5U));
    vlSelf->permdnn_engine__DOT__finish = ((IData)(vlSelf->__Vcellout__permdnn_engine__draining) 
                                           & ((~ (IData)(vlSelf->permdnn_engine__DOT__drain_cfg_r)) 
                                              | (0xffU 
                                                 == 
                                                 (0xffU 
                                                  & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
                                                         << 7U) 
                                                        | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained) 
                                                            << 6U) 
                                                           | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained) 
                                                               << 5U) 
                                                              | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained) 
                                                                  << 4U) 
                                                                 | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained) 
                                                                     << 3U) 
                                                                    | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained) 
                                                                        << 2U) 
                                                                       | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained) 
                                                                           << 1U) 
                                                                          | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained)))))))))))));
    VL_ASSIGN_SII(1,vlSelf->dbg_acc_we, vlSelf->permdnn_engine__DOT__pe_acc_we
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0 
        = vlSelf->permdnn_engine__DOT__pe_i[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    VL_ASSIGN_SII(1,vlSelf->done, ((IData)(vlSelf->permdnn_engine__DOT__finished) 
                                   | (IData)(vlSelf->permdnn_engine__DOT__finish)));
    vlSelf->permdnn_engine__DOT__pe_drain = ((~ (IData)(vlSelf->permdnn_engine__DOT__finish)) 
                                             & (IData)(vlSelf->__Vcellout__permdnn_engine__draining));
    VL_ASSIGN_SII(1,vlSelf->dbg_i_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0) 
                                                >> 0xeU)));
    VL_ASSIGN_SII(9,vlSelf->dbg_i_j, (0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0) 
                                                >> 5U)));
    VL_ASSIGN_SII(5,vlSelf->dbg_i_slot, (0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0)));
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__2(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__2\n"); );
    // Body
    vlSelf->permdnn_engine__DOT__pe_out_we[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata;
    vlSelf->permdnn_engine__DOT__pe_out_we[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata;
    VL_ASSIGN_SII(1,vlSelf->dbg_out_we, vlSelf->permdnn_engine__DOT__pe_out_we
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(24,vlSelf->dbg_acc_wdata, vlSelf->permdnn_engine__DOT__pe_acc_wdata
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);
void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf);

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___eval_stl(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___eval_stl\n"); );
    // Body
    if (vlSelf->__VstlTriggered.at(0U)) {
        Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[2U] = 1U;
        vlSelf->__Vm_traceActivity[1U] = 1U;
        vlSelf->__Vm_traceActivity[0U] = 1U;
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__1(vlSelf);
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe));
        Vpe8_mul1_q2_s4_a24___024root___stl_sequent__TOP__2(vlSelf);
    }
}
