// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul1_q2_s4_a24__Syms.h"
#include "Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2.h"

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h7229dccb__0;
    __VdfgTmp_h7229dccb__0 = 0;
    IData/*23:0*/ __VdfgTmp_hcbb96cae__0;
    __VdfgTmp_hcbb96cae__0 = 0;
    // Body
    if (vlSymsp->TOP.permdnn_engine__DOT__pe_drain) {
        vlSelf->tr_out_we = ((IData)(vlSelf->__PVT__d_ptr) 
                             < (IData)(vlSelf->__PVT__rows));
        vlSelf->__PVT__acc_raddr = vlSelf->__PVT__d_ptr;
    } else {
        vlSelf->tr_out_we = 0U;
        vlSelf->__PVT__acc_raddr = vlSelf->__PVT__a_rows;
    }
    __VdfgTmp_h7229dccb__0 = (1U & (vlSelf->__PVT__u_accmem__DOT__live[
                                    ((IData)(vlSelf->__PVT__acc_raddr) 
                                     >> 5U)] >> (0x1fU 
                                                 & (IData)(vlSelf->__PVT__acc_raddr))));
    __VdfgTmp_hcbb96cae__0 = vlSelf->__PVT__u_accmem__DOT__mem
        [vlSelf->__PVT__acc_raddr];
    if (__VdfgTmp_h7229dccb__0) {
        vlSelf->__PVT__acc_rdata = __VdfgTmp_hcbb96cae__0;
        vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0 
            = (__VdfgTmp_hcbb96cae__0 >> 0x17U);
    } else {
        vlSelf->__PVT__acc_rdata = 0U;
        vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0 = 0U;
    }
    vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0 
        = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__relu_r) 
           & (IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact 
        = (0x1ffffffffULL & ((((QData)((IData)((0x1ffU 
                                                & (- (IData)((IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)))))) 
                               << 0x18U) | (QData)((IData)(vlSelf->__PVT__acc_rdata))) 
                             + (((QData)((IData)((vlSelf->__PVT__a_products 
                                                  >> 0x1fU))) 
                                 << 0x20U) | (QData)((IData)(vlSelf->__PVT__a_products)))));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted 
        = (0x1ffffffU & VL_SHIFTRS_III(25,25,4, (0x1ffffffU 
                                                 & (((((~ (IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                       & (IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                      << 0x18U) 
                                                     | ((IData)(vlSelf->g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                         ? 0U
                                                         : vlSelf->__PVT__acc_rdata)) 
                                                    + 
                                                    ((0U 
                                                      == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
                                                      ? 0U
                                                      : 
                                                     ((IData)(1U) 
                                                      << 
                                                      (0xfU 
                                                       & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                          - (IData)(1U))))))), (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r)));
    vlSelf->tr_acc_wdata = (VL_LTS_IQQ(33, 0x7fffffULL, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                             ? 0x7fffffU : (VL_GTS_IQQ(33, 0x1ff800000ULL, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                             ? 0x800000U
                                             : (0xffffffU 
                                                & (IData)(vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact))));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*12:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*0:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*0:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*47:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*3:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*6:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    SData/*13:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*23:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*12:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    // Body
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 1U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 1U;
        if (vlSelf->tr_acc_we) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata;
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = vlSelf->__PVT__a_rows;
        }
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
         & (1U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
         & (2U == (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_sel)))) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x7fU & (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if (vlSelf->tr_out_we) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (VL_LTS_III(25, 0x7fffU, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x7fffU
                                               : (VL_GTS_III(25, 0x1ff8000U, vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                   ? 0x8000U
                                                   : 
                                                  (0xffffU 
                                                   & vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)));
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = vlSelf->__PVT__d_ptr;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        VL_CONST_W_1X(8192,vlSelf->__PVT__u_accmem__DOT__live,0x00000000);
    } else if (vlSelf->tr_acc_we) {
        vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                            >> 5U)] 
            = (vlSelf->__PVT__u_accmem__DOT__live[((IData)(vlSelf->__PVT__a_rows) 
                                                   >> 5U)] 
               | ((IData)(1U) << (0x1fU & (IData)(vlSelf->__PVT__a_rows))));
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
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x7fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1ffU & (IData)((vlSelf->__PVT__q_head 
                                       >> 0xeU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (0x1fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelf->tr_i_slot)));
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->__PVT__o_valid) {
                vlSelf->__PVT__a_active = vlSelf->__PVT__o_active;
                vlSelf->__PVT__a_j = vlSelf->__PVT__o_j;
                vlSelf->__PVT__a_slot = vlSelf->__PVT__o_slot;
                vlSelf->__PVT__a_products = VL_MULS_III(32, 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_w)), 
                                                        VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_rows = vlSelf->__PVT__o_rows;
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_w = vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                    [(0x3fffU & (((IData)(vlSelf->__PVT__i_j) 
                                  * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                 + (IData)(vlSelf->__PVT__i_slot)))];
                vlSelf->__PVT__o_rows = vlSelf->__PVT__i_rows;
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = (1U & ((1U 
                                                  <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)) 
                                                 | (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
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
        vlSelf->__PVT__i_valid = 0U;
        vlSelf->__PVT__u_idx__DOT__col_valid = 0U;
    } else {
        if (vlSelf->__PVT__pop) {
            __Vdly__u_queue__DOT__head = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__head)) 
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
            __Vdly__u_queue__DOT__tail = (1U & ((~ (IData)(vlSelf->__PVT__u_queue__DOT__tail)) 
                                                & ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__tail))));
        }
        if (((IData)(vlSymsp->TOP.permdnn_engine__DOT__pe_drain) 
             & (~ (IData)(vlSelf->drained)))) {
            __Vdly__d_ptr = (0x1fffU & (((0x1fffU & 
                                          ((IData)(1U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))) 
                                         >= (IData)(vlSelf->__PVT__rows))
                                         ? (IData)(vlSelf->__PVT__rows)
                                         : ((IData)(1U) 
                                            + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (3U & ((2U 
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
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_rows = (0x1fffU & 
                                         (((IData)(vlSelf->tr_i_slot) 
                                           * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))));
            }
        }
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_x = 
                    (0xffffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x20U)));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__u_queue__DOT__head = __Vdly__u_queue__DOT__head;
    vlSelf->__PVT__u_queue__DOT__tail = __Vdly__u_queue__DOT__tail;
    if (__Vdlyvset__u_queue__DOT__mem__v0) {
        vlSelf->__PVT__u_queue__DOT__mem[__Vdlyvdim0__u_queue__DOT__mem__v0] 
            = __Vdlyvval__u_queue__DOT__mem__v0;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v0) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v0] 
            = __Vdlyvval__u_outmem__DOT__mem__v0;
    }
    vlSelf->__PVT__d_ptr = __Vdly__d_ptr;
    if (__Vdlyvset__u_accmem__DOT__mem__v0) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v0] 
            = __Vdlyvval__u_accmem__DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 7U)));
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
        vlSelf->tr_i_slot = 0U;
    }
}

VL_INLINE_OPT void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__1(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__1\n"); );
    // Body
    vlSelf->__PVT__u_idx__DOT__next_valid = ((0x1fU 
                                              & ((IData)(1U) 
                                                 + (IData)(vlSelf->tr_i_slot))) 
                                             < (0x1fU 
                                                & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                                  - (IData)(vlSelf->tr_i_slot)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem
        [(0x3fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                      ? (IData)(vlSelf->tr_i_slot) : 
                     (((0x1ffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                   ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                   : (IData)((vlSelf->__PVT__q_head 
                                              >> 0xeU)))) 
                       * (0x1fU & (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                      + (IData)(vlSelf->tr_i_slot))))];
    vlSelf->__PVT__rows = (0x1fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                      * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->tr_acc_we = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                         & ((IData)(vlSelf->__PVT__a_active) 
                            & (IData)(vlSelf->__PVT__a_valid)));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
        = (0x7fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                     ? (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum))
                     : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
        = ((IData)(vlSelf->__PVT__u_idx__DOT__cur_reload)
            ? (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load)
            : vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
           [vlSelf->__PVT__u_idx__DOT__k_index]);
    vlSelf->u_idx__DOT____VdfgTmp_hfc47ee66__0 = (0x7fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
}
