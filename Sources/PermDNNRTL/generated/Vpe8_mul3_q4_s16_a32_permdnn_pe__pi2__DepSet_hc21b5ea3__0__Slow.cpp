// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul3_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul3_q4_s16_a32__Syms.h"
#include "Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2.h"

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__out_waddr = (((QData)((IData)((0xfffU 
                                                  & ((IData)(2U) 
                                                     + (IData)(vlSelf->__PVT__d_ptr))))) 
                                 << 0x18U) | (QData)((IData)(
                                                             ((0xfff000U 
                                                               & (((IData)(1U) 
                                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                  << 0xcU)) 
                                                              | (IData)(vlSelf->__PVT__d_ptr)))));
    vlSelf->__PVT__w_addr = (0xfffU & (((IData)(vlSelf->__PVT__i_j) 
                                        * (7U & VL_DIV_III(5, 
                                                           (0x1fU 
                                                            & ((IData)(2U) 
                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))) 
                                       + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x7fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0xfffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = ((0x1fc000U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                            << 0xeU)) 
                              | ((0x3f80U & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                             >> 9U)) 
                                 | (0x7fU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U])));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (2U < (IData)(vlSelf->__PVT__a_active))) 
                          << 2U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (1U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 1U) | ((IData)(__VdfgTmp_h05c553e7__0) 
                                               & (0U 
                                                  < (IData)(vlSelf->__PVT__a_active)))));
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
