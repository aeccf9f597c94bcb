// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#include "verilated.h"

#include "Vpe8_mul1_q2_s4_a24__Syms.h"
#include "Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2.h"

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Body
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->__PVT__u_idx__DOT__k_index = (0xfU 
                                              & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x7fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1ffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
    } else {
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
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
    }
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
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0xffU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (0x7fU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                 ? (IData)(vlSelf->__PVT__u_idx__DOT__col_cm)
                                 : (IData)(vlSelf->__PVT__q_head)))));
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
