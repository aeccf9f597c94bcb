// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul3_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul3_q4_s16_a32__Syms.h"
#include "Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2.h"

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h58385be6__0;
    __VdfgTmp_h58385be6__0 = 0;
    IData/*31:0*/ __VdfgTmp_h35ab158c__0;
    __VdfgTmp_h35ab158c__0 = 0;
    CData/*0:0*/ __VdfgTmp_h3ca40fd0__0;
    __VdfgTmp_h3ca40fd0__0 = 0;
    IData/*31:0*/ __VdfgTmp_h8930a1a6__0;
    __VdfgTmp_h8930a1a6__0 = 0;
    CData/*0:0*/ __VdfgTmp_h2a4de995__0;
    __VdfgTmp_h2a4de995__0 = 0;
    IData/*31:0*/ __VdfgTmp_h821ec47d__0;
    __VdfgTmp_h821ec47d__0 = 0;
    // Body
    vlSelf->tr_out_we = ((((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
                           & ((0xfffU & ((IData)(2U) 
                                         + (IData)(vlSelf->__PVT__d_ptr))) 
                              < (IData)(vlSelf->__PVT__rows))) 
                          << 2U) | ((((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
                                      & ((0xfffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         < (IData)(vlSelf->__PVT__rows))) 
                                     << 1U) | ((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
                                               & ((IData)(vlSelf->__PVT__d_ptr) 
                                                  < (IData)(vlSelf->__PVT__rows)))));
    if (vlSymsp->TOP.permdnn_engine__DOT__pe_drain) {
        vlSelf->u_accmem__DOT____VdfgTmp_hbb8ef21a__0 
            = (0xfffU & ((IData)(2U) + (IData)(vlSelf->__PVT__d_ptr)));
        vlSelf->u_accmem__DOT____VdfgTmp_hbbc7b116__0 
            = (0xfffU & ((IData)(1U) + (IData)(vlSelf->__PVT__d_ptr)));
        vlSelf->u_accmem__DOT____VdfgTmp_hbb10343e__0 
            = (0xfffU & (IData)(vlSelf->__PVT__d_ptr));
    } else {
        vlSelf->u_accmem__DOT____VdfgTmp_hbb8ef21a__0 
            = (0xfffU & (IData)((vlSelf->__PVT__a_rows 
                                 >> 0x18U)));
        vlSelf->u_accmem__DOT____VdfgTmp_hbbc7b116__0 
            = (0xfffU & (IData)((vlSelf->__PVT__a_rows 
                                 >> 0xcU)));
        vlSelf->u_accmem__DOT____VdfgTmp_hbb10343e__0 
            = (0xfffU & (IData)(vlSelf->__PVT__a_rows));
    }
    __VdfgTmp_h2a4de995__0 = (1U & (vlSelf->__PVT__u_accmem__DOT__live[
                                    ((IData)(vlSelf->u_accmem__DOT____VdfgTmp_hbb8ef21a__0) 
                                     >> 5U)] >> (0x1fU 
                                                 & (IData)(vlSelf->u_accmem__DOT____VdfgTmp_hbb8ef21a__0))));
    __VdfgTmp_h821ec47d__0 = vlSelf->__PVT__u_accmem__DOT__mem
        [vlSelf->u_accmem__DOT____VdfgTmp_hbb8ef21a__0];
    __VdfgTmp_h3ca40fd0__0 = (1U & (vlSelf->__PVT__u_accmem__DOT__live[
                                    ((IData)(vlSelf->u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                     >> 5U)] >> (0x1fU 
                                                 & (IData)(vlSelf->u_accmem__DOT____VdfgTmp_hbbc7b116__0))));
    __VdfgTmp_h8930a1a6__0 = vlSelf->__PVT__u_accmem__DOT__mem
        [vlSelf->u_accmem__DOT____VdfgTmp_hbbc7b116__0];
    __VdfgTmp_h58385be6__0 = (1U & (vlSelf->__PVT__u_accmem__DOT__live[
                                    ((IData)(vlSelf->u_accmem__DOT____VdfgTmp_hbb10343e__0) 
                                     >> 5U)] >> (0x1fU 
                                                 & (IData)(vlSelf->u_accmem__DOT____VdfgTmp_hbb10343e__0))));
    __VdfgTmp_h35ab158c__0 = vlSelf->__PVT__u_accmem__DOT__mem
        [vlSelf->u_accmem__DOT____VdfgTmp_hbb10343e__0];
    if (__VdfgTmp_h2a4de995__0) {
        vlSelf->__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc 
            = __VdfgTmp_h821ec47d__0;
        vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 
            = (__VdfgTmp_h821ec47d__0 >> 0x1fU);
    } else {
        vlSelf->__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc = 0U;
        vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0U;
    }
    if (__VdfgTmp_h3ca40fd0__0) {
        vlSelf->__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc 
            = __VdfgTmp_h8930a1a6__0;
        vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 
            = (__VdfgTmp_h8930a1a6__0 >> 0x1fU);
    } else {
        vlSelf->__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc = 0U;
        vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0U;
    }
    if (__VdfgTmp_h58385be6__0) {
        vlSelf->__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc 
            = __VdfgTmp_h35ab158c__0;
        vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 
            = (__VdfgTmp_h35ab158c__0 >> 0x1fU);
    } else {
        vlSelf->__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc = 0U;
        vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0 = 0U;
    }
    vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 
        = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__relu_r) 
           & (IData)(vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0));
    vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact 
        = (0x1ffffffffULL & ((((QData)((IData)(vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)) 
                               << 0x20U) | (QData)((IData)(vlSelf->__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc))) 
                             + (((QData)((IData)((vlSelf->__PVT__a_products[2U] 
                                                  >> 0x1fU))) 
                                 << 0x20U) | (QData)((IData)(
                                                             vlSelf->__PVT__a_products[2U])))));
    vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 
        = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__relu_r) 
           & (IData)(vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0));
    vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact 
        = (0x1ffffffffULL & ((((QData)((IData)(vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)) 
                               << 0x20U) | (QData)((IData)(vlSelf->__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                             + (((QData)((IData)((vlSelf->__PVT__a_products[1U] 
                                                  >> 0x1fU))) 
                                 << 0x20U) | (QData)((IData)(
                                                             vlSelf->__PVT__a_products[1U])))));
    vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0 
        = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__relu_r) 
           & (IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact 
        = (0x1ffffffffULL & ((((QData)((IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)) 
                               << 0x20U) | (QData)((IData)(vlSelf->__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc))) 
                             + (((QData)((IData)((vlSelf->__PVT__a_products[0U] 
                                                  >> 0x1fU))) 
                                 << 0x20U) | (QData)((IData)(
                                                             vlSelf->__PVT__a_products[0U])))));
    vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted 
        = (0x1ffffffffULL & VL_SHIFTRS_QQI(33,33,4, 
                                           (0x1ffffffffULL 
                                            & ((((QData)((IData)(
                                                                 ((~ (IData)(vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                  & (IData)(vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                 << 0x20U) 
                                                | (QData)((IData)(
                                                                  ((IData)(vlSelf->g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSelf->__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                               + vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half)), (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r)));
    vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted 
        = (0x1ffffffffULL & VL_SHIFTRS_QQI(33,33,4, 
                                           (0x1ffffffffULL 
                                            & ((((QData)((IData)(
                                                                 ((~ (IData)(vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                  & (IData)(vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                 << 0x20U) 
                                                | (QData)((IData)(
                                                                  ((IData)(vlSelf->g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSelf->__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                               + vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half)), (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted 
        = (0x1ffffffffULL & VL_SHIFTRS_QQI(33,33,4, 
                                           (0x1ffffffffULL 
                                            & ((((QData)((IData)(
                                                                 ((~ (IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                  & (IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                 << 0x20U) 
                                                | (QData)((IData)(
                                                                  ((IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSelf->__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                               + vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half)), (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r)));
    vlSelf->tr_acc_wdata[0U] = (VL_LTS_IQQ(33, 0x7fffffffULL, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)));
    vlSelf->tr_acc_wdata[1U] = (IData)((((QData)((IData)(
                                                         (VL_LTS_IQQ(33, 0x7fffffffULL, vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                           ? 0x7fffffffU
                                                           : 
                                                          (VL_GTS_IQQ(33, 0x180000000ULL, vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                            ? 0x80000000U
                                                            : (IData)(vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact))))) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          (VL_LTS_IQQ(33, 0x7fffffffULL, vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                            ? 0x7fffffffU
                                                            : 
                                                           (VL_GTS_IQQ(33, 0x180000000ULL, vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                             ? 0x80000000U
                                                             : (IData)(vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))))));
    vlSelf->tr_acc_wdata[2U] = (IData)(((((QData)((IData)(
                                                          (VL_LTS_IQQ(33, 0x7fffffffULL, vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                            ? 0x7fffffffU
                                                            : 
                                                           (VL_GTS_IQQ(33, 0x180000000ULL, vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                             ? 0x80000000U
                                                             : (IData)(vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact))))) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           (VL_LTS_IQQ(33, 0x7fffffffULL, vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                             ? 0x7fffffffU
                                                             : 
                                                            (VL_GTS_IQQ(33, 0x180000000ULL, vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                              ? 0x80000000U
                                                              : (IData)(vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))))) 
                                        >> 0x20U));
    vlSelf->__PVT__out_wdata = (((QData)((IData)(((
                                                   (VL_LTS_IQQ(33, 0x7fffULL, vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                     ? 0x7fffU
                                                     : 
                                                    (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                      ? 0x8000U
                                                      : 
                                                     (0xffffU 
                                                      & (IData)(vlSelf->__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)))) 
                                                   << 0x10U) 
                                                  | (VL_LTS_IQQ(33, 0x7fffULL, vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                      ? 0x7fffU
                                                      : 
                                                     (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                       ? 0x8000U
                                                       : 
                                                      (0xffffU 
                                                       & (IData)(vlSelf->__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))))) 
                                 << 0x10U) | (QData)((IData)(
                                                             (VL_LTS_IQQ(33, 0x7fffULL, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                               ? 0x7fffU
                                                               : 
                                                              (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                                ? 0x8000U
                                                                : 
                                                               (0xffffU 
                                                                & (IData)(vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))))));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*11:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*2:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*11:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 3U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 3U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0xfffU 
                                                   & (IData)(vlSelf->__PVT__a_rows));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0xcU)));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0xfffU 
                                                   & (IData)(
                                                             (vlSelf->__PVT__a_rows 
                                                              >> 0x18U)));
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & (IData)(vlSelf->__PVT__out_wdata));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0xfffU 
                                               & (IData)(vlSelf->__PVT__out_waddr));
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x10U)));
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0xcU)));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & (IData)(
                                                        (vlSelf->__PVT__out_wdata 
                                                         >> 0x20U)));
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0xfffU 
                                               & (IData)(
                                                         (vlSelf->__PVT__out_waddr 
                                                          >> 0x18U)));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 0xeU));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x7fU & (vlSelf->__PVT__k_wdata >> 7U));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & vlSelf->__PVT__k_wdata);
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->u_idx__DOT____Vlvbound_h46954238__0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        if ((5U >= (IData)(vlSelf->tr_i_slot))) {
            __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hfce7460d__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_hc001bb9e__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
            __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->u_idx__DOT____Vlvbound_h46954238__0;
            __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
            __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
                = vlSelf->tr_i_slot;
        }
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(4096,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)(vlSelf->__PVT__a_rows) 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (IData)(vlSelf->__PVT__a_rows))));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0xcU)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0xcU)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0xcU)))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x7fU 
                                                & ((IData)(
                                                           (vlSelf->__PVT__a_rows 
                                                            >> 0x18U)) 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x7fU & ((IData)((vlSelf->__PVT__a_rows 
                                      >> 0x18U)) >> 5U))] 
                   | ((IData)(1U) << (0x1fU & (IData)(
                                                      (vlSelf->__PVT__a_rows 
                                                       >> 0x18U)))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x7fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 7U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products[0U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & (IData)(vlSelf->__PVT__o_w))), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[2U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSelf->__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w = (((QData)((IData)(
                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                         [vlSelf->__PVT__w_addr] 
                                                         << 0x10U) 
                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                        [vlSelf->__PVT__w_addr]))) 
                                       << 0x10U) | (QData)((IData)(
                                                                   vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                   [vlSelf->__PVT__w_addr])));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((3U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 3U : 
                                           (3U & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x20U))));
            }
        }
    }
    if (vlSymsp->TOP.__Vcellinp__permdnn_engine__start) {
        __Vdly__u_queue__DOT__head = 0U;
        __Vdly__u_queue__DOT__tail = 0U;
        __Vdly__d_ptr = 0U;
        vlSelf->__PVT__u_queue__DOT__cnt = 0U;
        vlSelf->__PVT__u_idx__DOT__col_reload = 0U;
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
            vlSelf->__PVT__u_idx__DOT__k_valid = 0U;
        }
        vlSelf->__PVT__a_valid = 0U;
        vlSelf->__PVT__o_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
        vlSelf->__PVT__i_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__head))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__head))));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x20U) 
                                                 | (QData)((IData)(
                                                                   (((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j) 
                                                                     << 0x17U) 
                                                                    | (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xeU) 
                                                                       | ((0x3f80U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 7U)) 
                                                                          | (0x7fU 
                                                                             & (IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))));
            __Vdlyvset__u_queue__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_queue__DOT__mem__v0 = vlSelf->__PVT__u_queue__DOT__tail;
            __Vdly__u_queue__DOT__tail = ((3U == (IData)(vlSelf->__PVT__u_queue__DOT__tail))
                                           ? 0U : (3U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0xfffU & (((0xfffU & ((IData)(3U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(3U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push) 
                                                      << 1U) 
                                                     | (IData)(vlSelf->__PVT__pop)))
                                                    ? 
                                                   ((IData)(vlSelf->__PVT__u_queue__DOT__cnt) 
                                                    - (IData)(1U))
                                                    : (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
        if (vlSelf->tr_i_valid) {
            vlSelf->__PVT__u_idx__DOT__col_reload = 
                ((IData)(vlSelf->__PVT__u_idx__DOT__next_valid) 
                 & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload));
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__k_valid = 1U;
            }
            vlSelf->__PVT__u_idx__DOT__col_valid = vlSelf->__PVT__u_idx__DOT__next_valid;
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            vlSelf->__PVT__a_valid = vlSelf->__PVT__o_valid;
            vlSelf->__PVT__o_valid = vlSelf->__PVT__i_valid;
            vlSelf->__PVT__i_valid = vlSelf->tr_i_valid;
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_rows = (((QData)((IData)(
                                                          (0xfffU 
                                                           & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                              + 
                                                              (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                << 1U) 
                                                               + 
                                                               (0x7fU 
                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                    >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                    ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                                    : 
                                                                   ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                          << 0x18U) 
                                         | (QData)((IData)(
                                                           ((0xfff000U 
                                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                 + 
                                                                 ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                << 0xcU)) 
                                                            | (0xfffU 
                                                               & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                  + 
                                                                  (0x7fU 
                                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                       >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                       ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                       : 
                                                                      ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                       + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))));
            }
        }
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v1) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v1] 
            = __Vdlyvval__u_outmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v2) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v2] 
            = __Vdlyvval__u_outmem__DOT__mem__v2;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v1) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v1] 
            = __Vdlyvval__u_accmem__DOT__mem__v1;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v2) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v2] 
            = __Vdlyvval__u_accmem__DOT__mem__v2;
    }
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1ffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xeU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                            >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__1(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((7U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (7U 
                                                & VL_DIV_III(5, 
                                                             (0x1fU 
                                                              & ((IData)(2U) 
                                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U))));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x1fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(3U) 
                                                   * (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__base_row = (0xfffU & 
                                           ((0x1fU 
                                             & ((IData)(3U) 
                                                * (IData)(vlSelf->tr_i_slot))) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                        ? (IData)(vlSelf->tr_i_slot)
                                        : (((0x1ffU 
                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                 : (IData)(
                                                           (vlSelf->__PVT__q_head 
                                                            >> 0xeU)))) 
                                            * (7U & 
                                               VL_DIV_III(5, 
                                                          (0x1fU 
                                                           & ((IData)(2U) 
                                                              + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))) 
                                           + (IData)(vlSelf->tr_i_slot))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
    } else if ((5U >= (IData)(vlSelf->tr_i_slot))) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->tr_i_slot];
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k = 0U;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k = 0U;
    }
    vlSelf->u_idx__DOT____VdfgTmp_hd74aa19e__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb3f19845__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hee2d9036__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
}
