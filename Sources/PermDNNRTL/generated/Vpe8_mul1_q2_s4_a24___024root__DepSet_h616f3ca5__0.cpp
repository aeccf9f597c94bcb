// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul1_q2_s4_a24___024root.h"

void Vpe8_mul1_q2_s4_a24___024root___ico_sequent__TOP__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf);

void Vpe8_mul1_q2_s4_a24___024root___eval_ico(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___eval_ico\n"); );
    // Body
    if (vlSelf->__VicoTriggered.at(0U)) {
        Vpe8_mul1_q2_s4_a24___024root___ico_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[1U] = 1U;
    }
}

void Vpe8_mul1_q2_s4_a24___024root___eval_act(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___eval_act\n"); );
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24___024root___nba_sequent__TOP__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___nba_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ __Vdly__permdnn_engine__DOT__running;
    __Vdly__permdnn_engine__DOT__running = 0;
    IData/*31:0*/ __Vdly__permdnn_engine__DOT__cycle_r;
    __Vdly__permdnn_engine__DOT__cycle_r = 0;
    CData/*6:0*/ __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word = 0;
    SData/*9:0*/ __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base = 0;
    CData/*3:0*/ __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending = 0;
    CData/*5:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*5:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*5:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*5:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word 
        = vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base 
        = vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending 
        = vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending;
    __Vdly__permdnn_engine__DOT__cycle_r = vlSelf->permdnn_engine__DOT__cycle_r;
    __Vdly__permdnn_engine__DOT__running = vlSelf->permdnn_engine__DOT__running;
    if (vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we) {
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0xffffU & (IData)((vlSelf->__Vcellinp__permdnn_engine__ld_data 
                                  >> 0x30U)));
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0x3fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & (IData)((vlSelf->__Vcellinp__permdnn_engine__ld_data 
                                  >> 0x20U)));
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x3fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0xffffU & (IData)((vlSelf->__Vcellinp__permdnn_engine__ld_data 
                                  >> 0x10U)));
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x3fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x3fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
    }
    if (vlSelf->__Vcellinp__permdnn_engine__start) {
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word 
            = vlSelf->__Vcellinp__permdnn_engine__cfg_first_word;
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending = 0U;
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base 
            = (0x3ffU & ((IData)(vlSelf->__Vcellinp__permdnn_engine__cfg_first_word) 
                         << 2U));
    } else if ((1U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))) {
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word 
            = (0x7fU & ((IData)(1U) + (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word)));
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending 
            = vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask;
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__base 
            = (0x1ffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base));
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base 
            = (0x3ffU & ((IData)(4U) + (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base)));
    } else if ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))) {
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending 
            = ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending) 
               & ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending) 
                  - (IData)(1U)));
    }
    if ((1U & (~ (IData)(vlSelf->__Vcellinp__permdnn_engine__rst)))) {
        if (vlSelf->__Vcellinp__permdnn_engine__start) {
            vlSelf->permdnn_engine__DOT__n_r = vlSelf->__Vcellinp__permdnn_engine__cfg_n;
            vlSelf->permdnn_engine__DOT__frac_r = vlSelf->__Vcellinp__permdnn_engine__cfg_frac;
            vlSelf->permdnn_engine__DOT__relu_r = vlSelf->__Vcellinp__permdnn_engine__cfg_relu;
            vlSelf->permdnn_engine__DOT__formula_r 
                = vlSelf->__Vcellinp__permdnn_engine__cfg_formula;
            vlSelf->permdnn_engine__DOT__drain_cfg_r 
                = vlSelf->__Vcellinp__permdnn_engine__cfg_drain;
            vlSelf->permdnn_engine__DOT__end_r = vlSelf->__Vcellinp__permdnn_engine__cfg_end;
        }
    }
    if ((1U & (~ (IData)(vlSelf->__Vcellinp__permdnn_engine__start)))) {
        if ((1U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))) {
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata;
        }
    }
    if (vlSelf->__Vcellinp__permdnn_engine__rst) {
        __Vdly__permdnn_engine__DOT__running = 0U;
        vlSelf->permdnn_engine__DOT__drain_r = 0U;
        vlSelf->permdnn_engine__DOT__finished = 0U;
        __Vdly__permdnn_engine__DOT__cycle_r = 0U;
    } else if (vlSelf->__Vcellinp__permdnn_engine__start) {
        __Vdly__permdnn_engine__DOT__running = 1U;
        vlSelf->permdnn_engine__DOT__drain_r = 0U;
        vlSelf->permdnn_engine__DOT__finished = 0U;
        __Vdly__permdnn_engine__DOT__cycle_r = 0U;
    } else if (vlSelf->permdnn_engine__DOT__running) {
        if (vlSelf->permdnn_engine__DOT__finish) {
            __Vdly__permdnn_engine__DOT__running = 0U;
            vlSelf->permdnn_engine__DOT__finished = 1U;
        } else {
            __Vdly__permdnn_engine__DOT__cycle_r = 
                ((IData)(1U) + vlSelf->permdnn_engine__DOT__cycle_r);
            vlSelf->permdnn_engine__DOT__drain_r = vlSelf->__Vcellout__permdnn_engine__draining;
        }
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word 
        = __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word;
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending 
        = __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending;
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base 
        = __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base;
    vlSelf->permdnn_engine__DOT__cycle_r = __Vdly__permdnn_engine__DOT__cycle_r;
    vlSelf->permdnn_engine__DOT__running = __Vdly__permdnn_engine__DOT__running;
    VL_ASSIGN_SII(7,vlSelf->nzd_word, vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word);
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
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0U;
    }
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining 
        = (0x3ffU & ((IData)(vlSelf->permdnn_engine__DOT__n_r) 
                     - (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base)));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__more = 
        ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base) 
         < (IData)(vlSelf->permdnn_engine__DOT__end_r));
    VL_ASSIGN_SII(32,vlSelf->cycle, vlSelf->permdnn_engine__DOT__cycle_r);
    VL_ASSIGN_SII(1,vlSelf->busy, vlSelf->permdnn_engine__DOT__running);
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
}

void Vpe8_mul1_q2_s4_a24___024root___eval_triggers__ico(Vpe8_mul1_q2_s4_a24___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___dump_triggers__ico(Vpe8_mul1_q2_s4_a24___024root* vlSelf);
#endif  // VL_DEBUG
void Vpe8_mul1_q2_s4_a24___024root___eval_triggers__act(Vpe8_mul1_q2_s4_a24___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___dump_triggers__act(Vpe8_mul1_q2_s4_a24___024root* vlSelf);
#endif  // VL_DEBUG
#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root___dump_triggers__nba(Vpe8_mul1_q2_s4_a24___024root* vlSelf);
#endif  // VL_DEBUG
void Vpe8_mul1_q2_s4_a24___024root___eval_nba(Vpe8_mul1_q2_s4_a24___024root* vlSelf);

void Vpe8_mul1_q2_s4_a24___024root___eval(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___eval\n"); );
    // Init
    CData/*0:0*/ __VicoContinue;
    VlTriggerVec<1> __VpreTriggered;
    IData/*31:0*/ __VnbaIterCount;
    CData/*0:0*/ __VnbaContinue;
    // Body
    vlSelf->__VicoIterCount = 0U;
    __VicoContinue = 1U;
    while (__VicoContinue) {
        __VicoContinue = 0U;
        Vpe8_mul1_q2_s4_a24___024root___eval_triggers__ico(vlSelf);
        if (vlSelf->__VicoTriggered.any()) {
            __VicoContinue = 1U;
            if (VL_UNLIKELY((0x64U < vlSelf->__VicoIterCount))) {
#ifdef VL_DEBUG
                Vpe8_mul1_q2_s4_a24___024root___dump_triggers__ico(vlSelf);
#endif
                VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "Input combinational region did not converge.");
            }
            vlSelf->__VicoIterCount = ((IData)(1U) 
                                       + vlSelf->__VicoIterCount);
            Vpe8_mul1_q2_s4_a24___024root___eval_ico(vlSelf);
        }
    }
    __VnbaIterCount = 0U;
    __VnbaContinue = 1U;
    while (__VnbaContinue) {
        __VnbaContinue = 0U;
        vlSelf->__VnbaTriggered.clear();
        vlSelf->__VactIterCount = 0U;
        vlSelf->__VactContinue = 1U;
        while (vlSelf->__VactContinue) {
            vlSelf->__VactContinue = 0U;
            Vpe8_mul1_q2_s4_a24___024root___eval_triggers__act(vlSelf);
            if (vlSelf->__VactTriggered.any()) {
                vlSelf->__VactContinue = 1U;
                if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) {
#ifdef VL_DEBUG
                    Vpe8_mul1_q2_s4_a24___024root___dump_triggers__act(vlSelf);
#endif
                    VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "Active region did not converge.");
                }
                vlSelf->__VactIterCount = ((IData)(1U) 
                                           + vlSelf->__VactIterCount);
                __VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered);
                vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered);
                Vpe8_mul1_q2_s4_a24___024root___eval_act(vlSelf);
            }
        }
        if (vlSelf->__VnbaTriggered.any()) {
            __VnbaContinue = 1U;
            if (VL_UNLIKELY((0x64U < __VnbaIterCount))) {
#ifdef VL_DEBUG
                Vpe8_mul1_q2_s4_a24___024root___dump_triggers__nba(vlSelf);
#endif
                VL_FATAL_MT("rtl/permdnn_engine.v", 16, "", "NBA region did not converge.");
            }
            __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
            Vpe8_mul1_q2_s4_a24___024root___eval_nba(vlSelf);
        }
    }
}

#ifdef VL_DEBUG
void Vpe8_mul1_q2_s4_a24___024root___eval_debug_assertions(Vpe8_mul1_q2_s4_a24___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root___eval_debug_assertions\n"); );
}
#endif  // VL_DEBUG
