// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe32_mul8_q4_s16_a32__Syms.h"
#include "Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2.h"

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0x7fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                         ? (IData)(vlSelf->tr_i_slot)
                                         : (((0x1fffU 
                                              & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0xaU)))) 
                                             * (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows)) 
                                                   >> 3U))) 
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
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (7U < (IData)(vlSelf->__PVT__a_active))) 
                          << 7U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (6U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 6U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                 & (5U 
                                                    < (IData)(vlSelf->__PVT__a_active))) 
                                                << 5U) 
                                               | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                    & (4U 
                                                       < (IData)(vlSelf->__PVT__a_active))) 
                                                   << 4U) 
                                                  | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                       & (3U 
                                                          < (IData)(vlSelf->__PVT__a_active))) 
                                                      << 3U) 
                                                     | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                          & (2U 
                                                             < (IData)(vlSelf->__PVT__a_active))) 
                                                         << 2U) 
                                                        | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                             & (1U 
                                                                < (IData)(vlSelf->__PVT__a_active))) 
                                                            << 1U) 
                                                           | ((IData)(__VdfgTmp_h05c553e7__0) 
                                                              & (0U 
                                                                 < (IData)(vlSelf->__PVT__a_active))))))))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
    }
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*10:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*51:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v3;
    __Vdlyvdim0__u_accmem__DOT__mem__v3 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v3;
    __Vdlyvval__u_accmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v3;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v4;
    __Vdlyvdim0__u_accmem__DOT__mem__v4 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v4;
    __Vdlyvval__u_accmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v4;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v5;
    __Vdlyvdim0__u_accmem__DOT__mem__v5 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v5;
    __Vdlyvval__u_accmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v5;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v6;
    __Vdlyvdim0__u_accmem__DOT__mem__v6 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v6;
    __Vdlyvval__u_accmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v6;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v7;
    __Vdlyvdim0__u_accmem__DOT__mem__v7 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v7;
    __Vdlyvval__u_accmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v7;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v3;
    __Vdlyvdim0__u_outmem__DOT__mem__v3 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v3;
    __Vdlyvval__u_outmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v3;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v4;
    __Vdlyvdim0__u_outmem__DOT__mem__v4 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v4;
    __Vdlyvval__u_outmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v4;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v5;
    __Vdlyvdim0__u_outmem__DOT__mem__v5 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v5;
    __Vdlyvval__u_outmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v5;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v6;
    __Vdlyvdim0__u_outmem__DOT__mem__v6 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v6;
    __Vdlyvval__u_outmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v6;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v7;
    __Vdlyvdim0__u_outmem__DOT__mem__v7 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v7;
    __Vdlyvval__u_outmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v7;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hcb020378__0;
    IData/*31:0*/ __Vilp;
    // Body
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 8U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 8U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0x7ffU 
                                                   & vlSelf->__PVT__a_rows[0U]);
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0xbU));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[1U] 
                                                       << 0xaU) 
                                                      | (vlSelf->__PVT__a_rows[0U] 
                                                         >> 0x16U)));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v3 = vlSelf->tr_acc_wdata[3U];
            __Vdlyvset__u_accmem__DOT__mem__v3 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v3 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 1U));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v4 = vlSelf->tr_acc_wdata[4U];
            __Vdlyvset__u_accmem__DOT__mem__v4 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v4 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0xcU));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v5 = vlSelf->tr_acc_wdata[5U];
            __Vdlyvset__u_accmem__DOT__mem__v5 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v5 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[2U] 
                                                       << 9U) 
                                                      | (vlSelf->__PVT__a_rows[1U] 
                                                         >> 0x17U)));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v6 = vlSelf->tr_acc_wdata[6U];
            __Vdlyvset__u_accmem__DOT__mem__v6 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v6 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 2U));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v7 = vlSelf->tr_acc_wdata[7U];
            __Vdlyvset__u_accmem__DOT__mem__v7 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v7 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 0xdU));
        }
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x23U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x1eU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x19U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x14U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xfU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xaU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 5U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->__PVT__k_wdata));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[0U]);
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0x7ffU 
                                               & vlSelf->__PVT__out_waddr[0U]);
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (vlSelf->__PVT__out_wdata[0U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[0U] 
                                                  >> 0xbU));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[1U]);
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[1U] 
                                                   << 0xaU) 
                                                  | (vlSelf->__PVT__out_waddr[0U] 
                                                     >> 0x16U)));
    }
    if ((8U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v3 = (vlSelf->__PVT__out_wdata[1U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v3 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v3 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 1U));
    }
    if ((0x10U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v4 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[2U]);
        __Vdlyvset__u_outmem__DOT__mem__v4 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v4 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 0xcU));
    }
    if ((0x20U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v5 = (vlSelf->__PVT__out_wdata[2U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v5 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v5 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[2U] 
                                                   << 9U) 
                                                  | (vlSelf->__PVT__out_waddr[1U] 
                                                     >> 0x17U)));
    }
    if ((0x40U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v6 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[3U]);
        __Vdlyvset__u_outmem__DOT__mem__v6 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v6 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 2U));
    }
    if ((0x80U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v7 = (vlSelf->__PVT__out_wdata[3U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v7 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v7 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 0xdU));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
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
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->__PVT__u_accmem__DOT__live[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & vlSelf->__PVT__a_rows[0U])));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0x10U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 0x10U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0xbU))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7ffffe0U 
                                                    & (vlSelf->__PVT__a_rows[1U] 
                                                       << 5U)) 
                                                   | (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0x1bU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7ffffe0U & (vlSelf->__PVT__a_rows[1U] 
                                            << 5U)) 
                             | (vlSelf->__PVT__a_rows[0U] 
                                >> 0x1bU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[0U] 
                                                    >> 0x16U))));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 6U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 6U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[1U] 
                                                >> 1U))));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0x11U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 0x11U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0xcU))));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7fffff0U 
                                                    & (vlSelf->__PVT__a_rows[2U] 
                                                       << 4U)) 
                                                   | (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0x1cU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7fffff0U & (vlSelf->__PVT__a_rows[2U] 
                                            << 4U)) 
                             | (vlSelf->__PVT__a_rows[1U] 
                                >> 0x1cU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[1U] 
                                                    >> 0x17U))));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 7U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 7U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[2U] 
                                                >> 2U))));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0x12U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 0x12U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0xdU))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x1fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 5U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x1fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (3U 
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
                                                                           & vlSelf->__PVT__o_w[0U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[0U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[2U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[1U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[3U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[1U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[4U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[2U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[5U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[2U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[6U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[7U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows[0U] = vlSelf->__PVT__o_rows[0U];
                vlSelf->__PVT__a_rows[1U] = vlSelf->__PVT__o_rows[1U];
                vlSelf->__PVT__a_rows[2U] = vlSelf->__PVT__o_rows[2U];
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w[0U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                          [vlSelf->__PVT__w_addr]);
                vlSelf->__PVT__o_w[1U] = (((0xffffU 
                                            & vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                            [vlSelf->__PVT__w_addr]) 
                                           | (vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                              [vlSelf->__PVT__w_addr] 
                                              >> 0x10U)) 
                                          | ((IData)(
                                                     (((QData)((IData)(
                                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr] 
                                                                         << 0x10U) 
                                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr]))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))))) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[2U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr] 
                                                                       << 0x10U) 
                                                                      | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                      [vlSelf->__PVT__w_addr]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr] 
                                                                        << 0x10U) 
                                                                       | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr]))))) 
                                           >> 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[3U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             >> 0x10U));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows[0U] = vlSelf->__PVT__i_rows[0U];
                vlSelf->__PVT__o_rows[1U] = vlSelf->__PVT__i_rows[1U];
                vlSelf->__PVT__o_rows[2U] = vlSelf->__PVT__i_rows[2U];
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((8U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 8U : 
                                           (0xfU & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x24U))));
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
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x24U) 
                                                 | (((QData)((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j)) 
                                                     << 0x17U) 
                                                    | (QData)((IData)(
                                                                      (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xaU) 
                                                                       | ((0x3e0U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 5U)) 
                                                                          | (0x1fU 
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
            __Vdly__d_ptr = (0x7ffU & (((0x7ffU & ((IData)(8U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(8U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__push) 
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
                                        >> 0x24U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                __Vtemp_hcb020378__0[0U] = (IData)(
                                                   (((QData)((IData)(
                                                                     (0x7ffU 
                                                                      & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                         + 
                                                                         (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                           << 2U) 
                                                                          + 
                                                                          (0x1fU 
                                                                           & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                               >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                               ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                               : 
                                                                              ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                     << 0x2cU) 
                                                    | (((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(3U) 
                                                                              * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x21U) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x16U) 
                                                          | (QData)((IData)(
                                                                            ((0x3ff800U 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                             | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))));
                __Vtemp_hcb020378__0[1U] = ((((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                              + (((IData)(5U) 
                                                  * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                 + 
                                                 (0x1fU 
                                                  & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                      >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                      ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                      : 
                                                     ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                      + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                             << 0x17U) 
                                            | (IData)(
                                                      ((((QData)((IData)(
                                                                         (0x7ffU 
                                                                          & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                             + 
                                                                             (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                               << 2U) 
                                                                              + 
                                                                              (0x1fU 
                                                                               & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                         << 0x2cU) 
                                                        | (((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(3U) 
                                                                                * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                            << 0x21U) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                               << 0x16U) 
                                                              | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))) 
                                                       >> 0x20U)));
                vlSelf->__PVT__i_rows[0U] = __Vtemp_hcb020378__0[0U];
                vlSelf->__PVT__i_rows[1U] = __Vtemp_hcb020378__0[1U];
                vlSelf->__PVT__i_rows[2U] = ((0xffe000U 
                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                  + 
                                                  (((IData)(7U) 
                                                    * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                        ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0)
                                                        : 
                                                       ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                        + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                 << 0xdU)) 
                                             | ((0x1ffcU 
                                                 & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                     + 
                                                     (((IData)(6U) 
                                                       * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                      + 
                                                      (0x1fU 
                                                       & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                           >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                           ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0)
                                                           : 
                                                          ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                           + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                    << 2U)) 
                                                | (3U 
                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(5U) 
                                                         * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                        + 
                                                        (0x1fU 
                                                         & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                             ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                             : 
                                                            ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                             + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                      >> 9U))));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
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
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
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
    if (__Vdlyvset__u_outmem__DOT__mem__v3) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v3] 
            = __Vdlyvval__u_outmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v4) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v4] 
            = __Vdlyvval__u_outmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v5) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v5] 
            = __Vdlyvval__u_outmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v6) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v6] 
            = __Vdlyvval__u_outmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v7) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v7] 
            = __Vdlyvval__u_outmem__DOT__mem__v7;
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
    if (__Vdlyvset__u_accmem__DOT__mem__v3) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v3] 
            = __Vdlyvval__u_accmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v4) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v4] 
            = __Vdlyvval__u_accmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v5) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v5] 
            = __Vdlyvval__u_accmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v6) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v6] 
            = __Vdlyvval__u_accmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v7) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v7] 
            = __Vdlyvval__u_accmem__DOT__mem__v7;
    }
    vlSelf->__PVT__out_waddr[0U] = (IData)((((QData)((IData)(
                                                             (0x7ffU 
                                                              & ((IData)(4U) 
                                                                 + (IData)(vlSelf->__PVT__d_ptr))))) 
                                             << 0x2cU) 
                                            | (((QData)((IData)(
                                                                (0x7ffU 
                                                                 & ((IData)(3U) 
                                                                    + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                << 0x21U) 
                                               | (((QData)((IData)(
                                                                   (0x7ffU 
                                                                    & ((IData)(2U) 
                                                                       + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                   << 0x16U) 
                                                  | (QData)((IData)(
                                                                    ((0x3ff800U 
                                                                      & (((IData)(1U) 
                                                                          + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                         << 0xbU)) 
                                                                     | (IData)(vlSelf->__PVT__d_ptr))))))));
    vlSelf->__PVT__out_waddr[1U] = ((((IData)(5U) + (IData)(vlSelf->__PVT__d_ptr)) 
                                     << 0x17U) | (IData)(
                                                         ((((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(4U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                            << 0x2cU) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(3U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                               << 0x21U) 
                                                              | (((QData)((IData)(
                                                                                (0x7ffU 
                                                                                & ((IData)(2U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                                  << 0x16U) 
                                                                 | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(1U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                                << 0xbU)) 
                                                                                | (IData)(vlSelf->__PVT__d_ptr))))))) 
                                                          >> 0x20U)));
    vlSelf->__PVT__out_waddr[2U] = ((0xffe000U & (((IData)(7U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                  << 0xdU)) 
                                    | ((0x1ffcU & (
                                                   ((IData)(6U) 
                                                    + (IData)(vlSelf->__PVT__d_ptr)) 
                                                   << 2U)) 
                                       | (3U & (((IData)(5U) 
                                                 + (IData)(vlSelf->__PVT__d_ptr)) 
                                                >> 9U))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
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
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__k_index = (1U & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 5U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1fffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xaU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                             >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
    }
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0x7fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                         ? (IData)(vlSelf->tr_i_slot)
                                         : (((0x1fffU 
                                              & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0xaU)))) 
                                             * (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows)) 
                                                   >> 3U))) 
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
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (7U < (IData)(vlSelf->__PVT__a_active))) 
                          << 7U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (6U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 6U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                 & (5U 
                                                    < (IData)(vlSelf->__PVT__a_active))) 
                                                << 5U) 
                                               | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                    & (4U 
                                                       < (IData)(vlSelf->__PVT__a_active))) 
                                                   << 4U) 
                                                  | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                       & (3U 
                                                          < (IData)(vlSelf->__PVT__a_active))) 
                                                      << 3U) 
                                                     | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                          & (2U 
                                                             < (IData)(vlSelf->__PVT__a_active))) 
                                                         << 2U) 
                                                        | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                             & (1U 
                                                                < (IData)(vlSelf->__PVT__a_active))) 
                                                            << 1U) 
                                                           | ((IData)(__VdfgTmp_h05c553e7__0) 
                                                              & (0U 
                                                                 < (IData)(vlSelf->__PVT__a_active))))))))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
    }
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*10:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*51:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v3;
    __Vdlyvdim0__u_accmem__DOT__mem__v3 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v3;
    __Vdlyvval__u_accmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v3;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v4;
    __Vdlyvdim0__u_accmem__DOT__mem__v4 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v4;
    __Vdlyvval__u_accmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v4;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v5;
    __Vdlyvdim0__u_accmem__DOT__mem__v5 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v5;
    __Vdlyvval__u_accmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v5;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v6;
    __Vdlyvdim0__u_accmem__DOT__mem__v6 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v6;
    __Vdlyvval__u_accmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v6;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v7;
    __Vdlyvdim0__u_accmem__DOT__mem__v7 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v7;
    __Vdlyvval__u_accmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v7;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v3;
    __Vdlyvdim0__u_outmem__DOT__mem__v3 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v3;
    __Vdlyvval__u_outmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v3;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v4;
    __Vdlyvdim0__u_outmem__DOT__mem__v4 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v4;
    __Vdlyvval__u_outmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v4;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v5;
    __Vdlyvdim0__u_outmem__DOT__mem__v5 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v5;
    __Vdlyvval__u_outmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v5;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v6;
    __Vdlyvdim0__u_outmem__DOT__mem__v6 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v6;
    __Vdlyvval__u_outmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v6;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v7;
    __Vdlyvdim0__u_outmem__DOT__mem__v7 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v7;
    __Vdlyvval__u_outmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v7;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hcb020378__0;
    IData/*31:0*/ __Vilp;
    // Body
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 8U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 8U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0x7ffU 
                                                   & vlSelf->__PVT__a_rows[0U]);
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0xbU));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[1U] 
                                                       << 0xaU) 
                                                      | (vlSelf->__PVT__a_rows[0U] 
                                                         >> 0x16U)));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v3 = vlSelf->tr_acc_wdata[3U];
            __Vdlyvset__u_accmem__DOT__mem__v3 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v3 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 1U));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v4 = vlSelf->tr_acc_wdata[4U];
            __Vdlyvset__u_accmem__DOT__mem__v4 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v4 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0xcU));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v5 = vlSelf->tr_acc_wdata[5U];
            __Vdlyvset__u_accmem__DOT__mem__v5 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v5 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[2U] 
                                                       << 9U) 
                                                      | (vlSelf->__PVT__a_rows[1U] 
                                                         >> 0x17U)));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v6 = vlSelf->tr_acc_wdata[6U];
            __Vdlyvset__u_accmem__DOT__mem__v6 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v6 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 2U));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v7 = vlSelf->tr_acc_wdata[7U];
            __Vdlyvset__u_accmem__DOT__mem__v7 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v7 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 0xdU));
        }
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x23U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x1eU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x19U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x14U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xfU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xaU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 5U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->__PVT__k_wdata));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[0U]);
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0x7ffU 
                                               & vlSelf->__PVT__out_waddr[0U]);
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (vlSelf->__PVT__out_wdata[0U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[0U] 
                                                  >> 0xbU));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[1U]);
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[1U] 
                                                   << 0xaU) 
                                                  | (vlSelf->__PVT__out_waddr[0U] 
                                                     >> 0x16U)));
    }
    if ((8U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v3 = (vlSelf->__PVT__out_wdata[1U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v3 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v3 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 1U));
    }
    if ((0x10U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v4 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[2U]);
        __Vdlyvset__u_outmem__DOT__mem__v4 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v4 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 0xcU));
    }
    if ((0x20U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v5 = (vlSelf->__PVT__out_wdata[2U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v5 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v5 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[2U] 
                                                   << 9U) 
                                                  | (vlSelf->__PVT__out_waddr[1U] 
                                                     >> 0x17U)));
    }
    if ((0x40U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v6 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[3U]);
        __Vdlyvset__u_outmem__DOT__mem__v6 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v6 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 2U));
    }
    if ((0x80U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v7 = (vlSelf->__PVT__out_wdata[3U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v7 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v7 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 0xdU));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
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
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->__PVT__u_accmem__DOT__live[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & vlSelf->__PVT__a_rows[0U])));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0x10U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 0x10U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0xbU))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7ffffe0U 
                                                    & (vlSelf->__PVT__a_rows[1U] 
                                                       << 5U)) 
                                                   | (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0x1bU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7ffffe0U & (vlSelf->__PVT__a_rows[1U] 
                                            << 5U)) 
                             | (vlSelf->__PVT__a_rows[0U] 
                                >> 0x1bU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[0U] 
                                                    >> 0x16U))));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 6U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 6U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[1U] 
                                                >> 1U))));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0x11U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 0x11U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0xcU))));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7fffff0U 
                                                    & (vlSelf->__PVT__a_rows[2U] 
                                                       << 4U)) 
                                                   | (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0x1cU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7fffff0U & (vlSelf->__PVT__a_rows[2U] 
                                            << 4U)) 
                             | (vlSelf->__PVT__a_rows[1U] 
                                >> 0x1cU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[1U] 
                                                    >> 0x17U))));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 7U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 7U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[2U] 
                                                >> 2U))));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0x12U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 0x12U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0xdU))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x1fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 5U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x1fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (3U 
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
                                                                           & vlSelf->__PVT__o_w[0U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[0U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[2U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[1U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[3U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[1U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[4U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[2U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[5U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[2U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[6U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[7U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows[0U] = vlSelf->__PVT__o_rows[0U];
                vlSelf->__PVT__a_rows[1U] = vlSelf->__PVT__o_rows[1U];
                vlSelf->__PVT__a_rows[2U] = vlSelf->__PVT__o_rows[2U];
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w[0U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                          [vlSelf->__PVT__w_addr]);
                vlSelf->__PVT__o_w[1U] = (((0xffffU 
                                            & vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                            [vlSelf->__PVT__w_addr]) 
                                           | (vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                              [vlSelf->__PVT__w_addr] 
                                              >> 0x10U)) 
                                          | ((IData)(
                                                     (((QData)((IData)(
                                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr] 
                                                                         << 0x10U) 
                                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr]))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))))) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[2U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr] 
                                                                       << 0x10U) 
                                                                      | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                      [vlSelf->__PVT__w_addr]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr] 
                                                                        << 0x10U) 
                                                                       | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr]))))) 
                                           >> 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[3U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             >> 0x10U));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows[0U] = vlSelf->__PVT__i_rows[0U];
                vlSelf->__PVT__o_rows[1U] = vlSelf->__PVT__i_rows[1U];
                vlSelf->__PVT__o_rows[2U] = vlSelf->__PVT__i_rows[2U];
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((8U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 8U : 
                                           (0xfU & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x24U))));
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
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x24U) 
                                                 | (((QData)((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j)) 
                                                     << 0x17U) 
                                                    | (QData)((IData)(
                                                                      (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xaU) 
                                                                       | ((0x3e0U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 5U)) 
                                                                          | (0x1fU 
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
            __Vdly__d_ptr = (0x7ffU & (((0x7ffU & ((IData)(8U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(8U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push) 
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
                                        >> 0x24U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                __Vtemp_hcb020378__0[0U] = (IData)(
                                                   (((QData)((IData)(
                                                                     (0x7ffU 
                                                                      & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                         + 
                                                                         (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                           << 2U) 
                                                                          + 
                                                                          (0x1fU 
                                                                           & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                               >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                               ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                               : 
                                                                              ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                     << 0x2cU) 
                                                    | (((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(3U) 
                                                                              * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x21U) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x16U) 
                                                          | (QData)((IData)(
                                                                            ((0x3ff800U 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                             | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))));
                __Vtemp_hcb020378__0[1U] = ((((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                              + (((IData)(5U) 
                                                  * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                 + 
                                                 (0x1fU 
                                                  & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                      >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                      ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                      : 
                                                     ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                      + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                             << 0x17U) 
                                            | (IData)(
                                                      ((((QData)((IData)(
                                                                         (0x7ffU 
                                                                          & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                             + 
                                                                             (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                               << 2U) 
                                                                              + 
                                                                              (0x1fU 
                                                                               & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                         << 0x2cU) 
                                                        | (((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(3U) 
                                                                                * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                            << 0x21U) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                               << 0x16U) 
                                                              | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))) 
                                                       >> 0x20U)));
                vlSelf->__PVT__i_rows[0U] = __Vtemp_hcb020378__0[0U];
                vlSelf->__PVT__i_rows[1U] = __Vtemp_hcb020378__0[1U];
                vlSelf->__PVT__i_rows[2U] = ((0xffe000U 
                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                  + 
                                                  (((IData)(7U) 
                                                    * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                        ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0)
                                                        : 
                                                       ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                        + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                 << 0xdU)) 
                                             | ((0x1ffcU 
                                                 & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                     + 
                                                     (((IData)(6U) 
                                                       * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                      + 
                                                      (0x1fU 
                                                       & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                           >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                           ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0)
                                                           : 
                                                          ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                           + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                    << 2U)) 
                                                | (3U 
                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(5U) 
                                                         * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                        + 
                                                        (0x1fU 
                                                         & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                             ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                             : 
                                                            ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                             + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                      >> 9U))));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
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
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
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
    if (__Vdlyvset__u_outmem__DOT__mem__v3) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v3] 
            = __Vdlyvval__u_outmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v4) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v4] 
            = __Vdlyvval__u_outmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v5) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v5] 
            = __Vdlyvval__u_outmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v6) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v6] 
            = __Vdlyvval__u_outmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v7) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v7] 
            = __Vdlyvval__u_outmem__DOT__mem__v7;
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
    if (__Vdlyvset__u_accmem__DOT__mem__v3) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v3] 
            = __Vdlyvval__u_accmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v4) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v4] 
            = __Vdlyvval__u_accmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v5) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v5] 
            = __Vdlyvval__u_accmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v6) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v6] 
            = __Vdlyvval__u_accmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v7) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v7] 
            = __Vdlyvval__u_accmem__DOT__mem__v7;
    }
    vlSelf->__PVT__out_waddr[0U] = (IData)((((QData)((IData)(
                                                             (0x7ffU 
                                                              & ((IData)(4U) 
                                                                 + (IData)(vlSelf->__PVT__d_ptr))))) 
                                             << 0x2cU) 
                                            | (((QData)((IData)(
                                                                (0x7ffU 
                                                                 & ((IData)(3U) 
                                                                    + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                << 0x21U) 
                                               | (((QData)((IData)(
                                                                   (0x7ffU 
                                                                    & ((IData)(2U) 
                                                                       + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                   << 0x16U) 
                                                  | (QData)((IData)(
                                                                    ((0x3ff800U 
                                                                      & (((IData)(1U) 
                                                                          + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                         << 0xbU)) 
                                                                     | (IData)(vlSelf->__PVT__d_ptr))))))));
    vlSelf->__PVT__out_waddr[1U] = ((((IData)(5U) + (IData)(vlSelf->__PVT__d_ptr)) 
                                     << 0x17U) | (IData)(
                                                         ((((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(4U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                            << 0x2cU) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(3U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                               << 0x21U) 
                                                              | (((QData)((IData)(
                                                                                (0x7ffU 
                                                                                & ((IData)(2U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                                  << 0x16U) 
                                                                 | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(1U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                                << 0xbU)) 
                                                                                | (IData)(vlSelf->__PVT__d_ptr))))))) 
                                                          >> 0x20U)));
    vlSelf->__PVT__out_waddr[2U] = ((0xffe000U & (((IData)(7U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                  << 0xdU)) 
                                    | ((0x1ffcU & (
                                                   ((IData)(6U) 
                                                    + (IData)(vlSelf->__PVT__d_ptr)) 
                                                   << 2U)) 
                                       | (3U & (((IData)(5U) 
                                                 + (IData)(vlSelf->__PVT__d_ptr)) 
                                                >> 9U))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
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
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__k_index = (1U & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 5U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1fffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xaU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                             >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
    }
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0x7fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                         ? (IData)(vlSelf->tr_i_slot)
                                         : (((0x1fffU 
                                              & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0xaU)))) 
                                             * (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                   >> 3U))) 
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
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (7U < (IData)(vlSelf->__PVT__a_active))) 
                          << 7U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (6U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 6U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                 & (5U 
                                                    < (IData)(vlSelf->__PVT__a_active))) 
                                                << 5U) 
                                               | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                    & (4U 
                                                       < (IData)(vlSelf->__PVT__a_active))) 
                                                   << 4U) 
                                                  | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                       & (3U 
                                                          < (IData)(vlSelf->__PVT__a_active))) 
                                                      << 3U) 
                                                     | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                          & (2U 
                                                             < (IData)(vlSelf->__PVT__a_active))) 
                                                         << 2U) 
                                                        | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                             & (1U 
                                                                < (IData)(vlSelf->__PVT__a_active))) 
                                                            << 1U) 
                                                           | ((IData)(__VdfgTmp_h05c553e7__0) 
                                                              & (0U 
                                                                 < (IData)(vlSelf->__PVT__a_active))))))))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
    }
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*10:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*51:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v3;
    __Vdlyvdim0__u_accmem__DOT__mem__v3 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v3;
    __Vdlyvval__u_accmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v3;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v4;
    __Vdlyvdim0__u_accmem__DOT__mem__v4 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v4;
    __Vdlyvval__u_accmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v4;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v5;
    __Vdlyvdim0__u_accmem__DOT__mem__v5 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v5;
    __Vdlyvval__u_accmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v5;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v6;
    __Vdlyvdim0__u_accmem__DOT__mem__v6 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v6;
    __Vdlyvval__u_accmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v6;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v7;
    __Vdlyvdim0__u_accmem__DOT__mem__v7 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v7;
    __Vdlyvval__u_accmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v7;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v3;
    __Vdlyvdim0__u_outmem__DOT__mem__v3 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v3;
    __Vdlyvval__u_outmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v3;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v4;
    __Vdlyvdim0__u_outmem__DOT__mem__v4 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v4;
    __Vdlyvval__u_outmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v4;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v5;
    __Vdlyvdim0__u_outmem__DOT__mem__v5 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v5;
    __Vdlyvval__u_outmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v5;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v6;
    __Vdlyvdim0__u_outmem__DOT__mem__v6 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v6;
    __Vdlyvval__u_outmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v6;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v7;
    __Vdlyvdim0__u_outmem__DOT__mem__v7 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v7;
    __Vdlyvval__u_outmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v7;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hcb020378__0;
    IData/*31:0*/ __Vilp;
    // Body
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 8U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 8U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0x7ffU 
                                                   & vlSelf->__PVT__a_rows[0U]);
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0xbU));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[1U] 
                                                       << 0xaU) 
                                                      | (vlSelf->__PVT__a_rows[0U] 
                                                         >> 0x16U)));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v3 = vlSelf->tr_acc_wdata[3U];
            __Vdlyvset__u_accmem__DOT__mem__v3 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v3 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 1U));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v4 = vlSelf->tr_acc_wdata[4U];
            __Vdlyvset__u_accmem__DOT__mem__v4 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v4 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0xcU));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v5 = vlSelf->tr_acc_wdata[5U];
            __Vdlyvset__u_accmem__DOT__mem__v5 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v5 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[2U] 
                                                       << 9U) 
                                                      | (vlSelf->__PVT__a_rows[1U] 
                                                         >> 0x17U)));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v6 = vlSelf->tr_acc_wdata[6U];
            __Vdlyvset__u_accmem__DOT__mem__v6 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v6 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 2U));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v7 = vlSelf->tr_acc_wdata[7U];
            __Vdlyvset__u_accmem__DOT__mem__v7 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v7 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 0xdU));
        }
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x23U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x1eU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x19U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x14U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xfU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xaU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 5U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->__PVT__k_wdata));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[0U]);
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0x7ffU 
                                               & vlSelf->__PVT__out_waddr[0U]);
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (vlSelf->__PVT__out_wdata[0U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[0U] 
                                                  >> 0xbU));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[1U]);
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[1U] 
                                                   << 0xaU) 
                                                  | (vlSelf->__PVT__out_waddr[0U] 
                                                     >> 0x16U)));
    }
    if ((8U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v3 = (vlSelf->__PVT__out_wdata[1U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v3 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v3 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 1U));
    }
    if ((0x10U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v4 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[2U]);
        __Vdlyvset__u_outmem__DOT__mem__v4 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v4 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 0xcU));
    }
    if ((0x20U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v5 = (vlSelf->__PVT__out_wdata[2U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v5 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v5 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[2U] 
                                                   << 9U) 
                                                  | (vlSelf->__PVT__out_waddr[1U] 
                                                     >> 0x17U)));
    }
    if ((0x40U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v6 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[3U]);
        __Vdlyvset__u_outmem__DOT__mem__v6 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v6 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 2U));
    }
    if ((0x80U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v7 = (vlSelf->__PVT__out_wdata[3U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v7 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v7 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 0xdU));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
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
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->__PVT__u_accmem__DOT__live[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & vlSelf->__PVT__a_rows[0U])));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0x10U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 0x10U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0xbU))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7ffffe0U 
                                                    & (vlSelf->__PVT__a_rows[1U] 
                                                       << 5U)) 
                                                   | (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0x1bU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7ffffe0U & (vlSelf->__PVT__a_rows[1U] 
                                            << 5U)) 
                             | (vlSelf->__PVT__a_rows[0U] 
                                >> 0x1bU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[0U] 
                                                    >> 0x16U))));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 6U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 6U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[1U] 
                                                >> 1U))));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0x11U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 0x11U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0xcU))));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7fffff0U 
                                                    & (vlSelf->__PVT__a_rows[2U] 
                                                       << 4U)) 
                                                   | (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0x1cU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7fffff0U & (vlSelf->__PVT__a_rows[2U] 
                                            << 4U)) 
                             | (vlSelf->__PVT__a_rows[1U] 
                                >> 0x1cU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[1U] 
                                                    >> 0x17U))));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 7U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 7U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[2U] 
                                                >> 2U))));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0x12U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 0x12U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0xdU))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x1fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 5U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x1fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (3U 
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
                                                                           & vlSelf->__PVT__o_w[0U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[0U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[2U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[1U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[3U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[1U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[4U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[2U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[5U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[2U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[6U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[7U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows[0U] = vlSelf->__PVT__o_rows[0U];
                vlSelf->__PVT__a_rows[1U] = vlSelf->__PVT__o_rows[1U];
                vlSelf->__PVT__a_rows[2U] = vlSelf->__PVT__o_rows[2U];
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w[0U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                          [vlSelf->__PVT__w_addr]);
                vlSelf->__PVT__o_w[1U] = (((0xffffU 
                                            & vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                            [vlSelf->__PVT__w_addr]) 
                                           | (vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                              [vlSelf->__PVT__w_addr] 
                                              >> 0x10U)) 
                                          | ((IData)(
                                                     (((QData)((IData)(
                                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr] 
                                                                         << 0x10U) 
                                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr]))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))))) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[2U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr] 
                                                                       << 0x10U) 
                                                                      | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                      [vlSelf->__PVT__w_addr]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr] 
                                                                        << 0x10U) 
                                                                       | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr]))))) 
                                           >> 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[3U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             >> 0x10U));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows[0U] = vlSelf->__PVT__i_rows[0U];
                vlSelf->__PVT__o_rows[1U] = vlSelf->__PVT__i_rows[1U];
                vlSelf->__PVT__o_rows[2U] = vlSelf->__PVT__i_rows[2U];
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((8U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 8U : 
                                           (0xfU & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x24U))));
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
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x24U) 
                                                 | (((QData)((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j)) 
                                                     << 0x17U) 
                                                    | (QData)((IData)(
                                                                      (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xaU) 
                                                                       | ((0x3e0U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 5U)) 
                                                                          | (0x1fU 
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
            __Vdly__d_ptr = (0x7ffU & (((0x7ffU & ((IData)(8U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(8U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push) 
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
                                        >> 0x24U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                __Vtemp_hcb020378__0[0U] = (IData)(
                                                   (((QData)((IData)(
                                                                     (0x7ffU 
                                                                      & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                         + 
                                                                         (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                           << 2U) 
                                                                          + 
                                                                          (0x1fU 
                                                                           & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                               >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                               ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                               : 
                                                                              ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                     << 0x2cU) 
                                                    | (((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(3U) 
                                                                              * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x21U) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x16U) 
                                                          | (QData)((IData)(
                                                                            ((0x3ff800U 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                             | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))));
                __Vtemp_hcb020378__0[1U] = ((((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                              + (((IData)(5U) 
                                                  * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                 + 
                                                 (0x1fU 
                                                  & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                      >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                      ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                      : 
                                                     ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                      + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                             << 0x17U) 
                                            | (IData)(
                                                      ((((QData)((IData)(
                                                                         (0x7ffU 
                                                                          & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                             + 
                                                                             (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                               << 2U) 
                                                                              + 
                                                                              (0x1fU 
                                                                               & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                         << 0x2cU) 
                                                        | (((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(3U) 
                                                                                * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                            << 0x21U) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                               << 0x16U) 
                                                              | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))) 
                                                       >> 0x20U)));
                vlSelf->__PVT__i_rows[0U] = __Vtemp_hcb020378__0[0U];
                vlSelf->__PVT__i_rows[1U] = __Vtemp_hcb020378__0[1U];
                vlSelf->__PVT__i_rows[2U] = ((0xffe000U 
                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                  + 
                                                  (((IData)(7U) 
                                                    * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                        ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0)
                                                        : 
                                                       ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                        + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                 << 0xdU)) 
                                             | ((0x1ffcU 
                                                 & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                     + 
                                                     (((IData)(6U) 
                                                       * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                      + 
                                                      (0x1fU 
                                                       & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                           >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                           ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0)
                                                           : 
                                                          ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                           + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                    << 2U)) 
                                                | (3U 
                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(5U) 
                                                         * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                        + 
                                                        (0x1fU 
                                                         & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                             ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                             : 
                                                            ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                             + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                      >> 9U))));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
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
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
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
    if (__Vdlyvset__u_outmem__DOT__mem__v3) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v3] 
            = __Vdlyvval__u_outmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v4) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v4] 
            = __Vdlyvval__u_outmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v5) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v5] 
            = __Vdlyvval__u_outmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v6) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v6] 
            = __Vdlyvval__u_outmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v7) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v7] 
            = __Vdlyvval__u_outmem__DOT__mem__v7;
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
    if (__Vdlyvset__u_accmem__DOT__mem__v3) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v3] 
            = __Vdlyvval__u_accmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v4) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v4] 
            = __Vdlyvval__u_accmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v5) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v5] 
            = __Vdlyvval__u_accmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v6) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v6] 
            = __Vdlyvval__u_accmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v7) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v7] 
            = __Vdlyvval__u_accmem__DOT__mem__v7;
    }
    vlSelf->__PVT__out_waddr[0U] = (IData)((((QData)((IData)(
                                                             (0x7ffU 
                                                              & ((IData)(4U) 
                                                                 + (IData)(vlSelf->__PVT__d_ptr))))) 
                                             << 0x2cU) 
                                            | (((QData)((IData)(
                                                                (0x7ffU 
                                                                 & ((IData)(3U) 
                                                                    + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                << 0x21U) 
                                               | (((QData)((IData)(
                                                                   (0x7ffU 
                                                                    & ((IData)(2U) 
                                                                       + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                   << 0x16U) 
                                                  | (QData)((IData)(
                                                                    ((0x3ff800U 
                                                                      & (((IData)(1U) 
                                                                          + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                         << 0xbU)) 
                                                                     | (IData)(vlSelf->__PVT__d_ptr))))))));
    vlSelf->__PVT__out_waddr[1U] = ((((IData)(5U) + (IData)(vlSelf->__PVT__d_ptr)) 
                                     << 0x17U) | (IData)(
                                                         ((((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(4U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                            << 0x2cU) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(3U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                               << 0x21U) 
                                                              | (((QData)((IData)(
                                                                                (0x7ffU 
                                                                                & ((IData)(2U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                                  << 0x16U) 
                                                                 | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(1U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                                << 0xbU)) 
                                                                                | (IData)(vlSelf->__PVT__d_ptr))))))) 
                                                          >> 0x20U)));
    vlSelf->__PVT__out_waddr[2U] = ((0xffe000U & (((IData)(7U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                  << 0xdU)) 
                                    | ((0x1ffcU & (
                                                   ((IData)(6U) 
                                                    + (IData)(vlSelf->__PVT__d_ptr)) 
                                                   << 2U)) 
                                       | (3U & (((IData)(5U) 
                                                 + (IData)(vlSelf->__PVT__d_ptr)) 
                                                >> 9U))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
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
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__k_index = (1U & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 5U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1fffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xaU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                             >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
    }
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0x7fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                         ? (IData)(vlSelf->tr_i_slot)
                                         : (((0x1fffU 
                                              & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0xaU)))) 
                                             * (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                   >> 3U))) 
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
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (7U < (IData)(vlSelf->__PVT__a_active))) 
                          << 7U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (6U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 6U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                 & (5U 
                                                    < (IData)(vlSelf->__PVT__a_active))) 
                                                << 5U) 
                                               | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                    & (4U 
                                                       < (IData)(vlSelf->__PVT__a_active))) 
                                                   << 4U) 
                                                  | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                       & (3U 
                                                          < (IData)(vlSelf->__PVT__a_active))) 
                                                      << 3U) 
                                                     | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                          & (2U 
                                                             < (IData)(vlSelf->__PVT__a_active))) 
                                                         << 2U) 
                                                        | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                             & (1U 
                                                                < (IData)(vlSelf->__PVT__a_active))) 
                                                            << 1U) 
                                                           | ((IData)(__VdfgTmp_h05c553e7__0) 
                                                              & (0U 
                                                                 < (IData)(vlSelf->__PVT__a_active))))))))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
    }
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*10:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*51:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v3;
    __Vdlyvdim0__u_accmem__DOT__mem__v3 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v3;
    __Vdlyvval__u_accmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v3;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v4;
    __Vdlyvdim0__u_accmem__DOT__mem__v4 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v4;
    __Vdlyvval__u_accmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v4;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v5;
    __Vdlyvdim0__u_accmem__DOT__mem__v5 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v5;
    __Vdlyvval__u_accmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v5;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v6;
    __Vdlyvdim0__u_accmem__DOT__mem__v6 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v6;
    __Vdlyvval__u_accmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v6;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v7;
    __Vdlyvdim0__u_accmem__DOT__mem__v7 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v7;
    __Vdlyvval__u_accmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v7;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v3;
    __Vdlyvdim0__u_outmem__DOT__mem__v3 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v3;
    __Vdlyvval__u_outmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v3;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v4;
    __Vdlyvdim0__u_outmem__DOT__mem__v4 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v4;
    __Vdlyvval__u_outmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v4;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v5;
    __Vdlyvdim0__u_outmem__DOT__mem__v5 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v5;
    __Vdlyvval__u_outmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v5;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v6;
    __Vdlyvdim0__u_outmem__DOT__mem__v6 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v6;
    __Vdlyvval__u_outmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v6;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v7;
    __Vdlyvdim0__u_outmem__DOT__mem__v7 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v7;
    __Vdlyvval__u_outmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v7;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hcb020378__0;
    IData/*31:0*/ __Vilp;
    // Body
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 8U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 8U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0x7ffU 
                                                   & vlSelf->__PVT__a_rows[0U]);
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0xbU));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[1U] 
                                                       << 0xaU) 
                                                      | (vlSelf->__PVT__a_rows[0U] 
                                                         >> 0x16U)));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v3 = vlSelf->tr_acc_wdata[3U];
            __Vdlyvset__u_accmem__DOT__mem__v3 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v3 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 1U));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v4 = vlSelf->tr_acc_wdata[4U];
            __Vdlyvset__u_accmem__DOT__mem__v4 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v4 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0xcU));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v5 = vlSelf->tr_acc_wdata[5U];
            __Vdlyvset__u_accmem__DOT__mem__v5 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v5 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[2U] 
                                                       << 9U) 
                                                      | (vlSelf->__PVT__a_rows[1U] 
                                                         >> 0x17U)));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v6 = vlSelf->tr_acc_wdata[6U];
            __Vdlyvset__u_accmem__DOT__mem__v6 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v6 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 2U));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v7 = vlSelf->tr_acc_wdata[7U];
            __Vdlyvset__u_accmem__DOT__mem__v7 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v7 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 0xdU));
        }
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x23U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x1eU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x19U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x14U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xfU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xaU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 5U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->__PVT__k_wdata));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[0U]);
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0x7ffU 
                                               & vlSelf->__PVT__out_waddr[0U]);
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (vlSelf->__PVT__out_wdata[0U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[0U] 
                                                  >> 0xbU));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[1U]);
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[1U] 
                                                   << 0xaU) 
                                                  | (vlSelf->__PVT__out_waddr[0U] 
                                                     >> 0x16U)));
    }
    if ((8U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v3 = (vlSelf->__PVT__out_wdata[1U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v3 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v3 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 1U));
    }
    if ((0x10U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v4 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[2U]);
        __Vdlyvset__u_outmem__DOT__mem__v4 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v4 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 0xcU));
    }
    if ((0x20U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v5 = (vlSelf->__PVT__out_wdata[2U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v5 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v5 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[2U] 
                                                   << 9U) 
                                                  | (vlSelf->__PVT__out_waddr[1U] 
                                                     >> 0x17U)));
    }
    if ((0x40U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v6 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[3U]);
        __Vdlyvset__u_outmem__DOT__mem__v6 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v6 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 2U));
    }
    if ((0x80U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v7 = (vlSelf->__PVT__out_wdata[3U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v7 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v7 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 0xdU));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
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
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->__PVT__u_accmem__DOT__live[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & vlSelf->__PVT__a_rows[0U])));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0x10U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 0x10U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0xbU))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7ffffe0U 
                                                    & (vlSelf->__PVT__a_rows[1U] 
                                                       << 5U)) 
                                                   | (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0x1bU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7ffffe0U & (vlSelf->__PVT__a_rows[1U] 
                                            << 5U)) 
                             | (vlSelf->__PVT__a_rows[0U] 
                                >> 0x1bU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[0U] 
                                                    >> 0x16U))));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 6U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 6U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[1U] 
                                                >> 1U))));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0x11U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 0x11U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0xcU))));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7fffff0U 
                                                    & (vlSelf->__PVT__a_rows[2U] 
                                                       << 4U)) 
                                                   | (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0x1cU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7fffff0U & (vlSelf->__PVT__a_rows[2U] 
                                            << 4U)) 
                             | (vlSelf->__PVT__a_rows[1U] 
                                >> 0x1cU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[1U] 
                                                    >> 0x17U))));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 7U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 7U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[2U] 
                                                >> 2U))));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0x12U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 0x12U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0xdU))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x1fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 5U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x1fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (3U 
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
                                                                           & vlSelf->__PVT__o_w[0U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[0U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[2U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[1U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[3U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[1U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[4U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[2U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[5U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[2U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[6U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[7U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows[0U] = vlSelf->__PVT__o_rows[0U];
                vlSelf->__PVT__a_rows[1U] = vlSelf->__PVT__o_rows[1U];
                vlSelf->__PVT__a_rows[2U] = vlSelf->__PVT__o_rows[2U];
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w[0U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                          [vlSelf->__PVT__w_addr]);
                vlSelf->__PVT__o_w[1U] = (((0xffffU 
                                            & vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                            [vlSelf->__PVT__w_addr]) 
                                           | (vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                              [vlSelf->__PVT__w_addr] 
                                              >> 0x10U)) 
                                          | ((IData)(
                                                     (((QData)((IData)(
                                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr] 
                                                                         << 0x10U) 
                                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr]))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))))) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[2U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr] 
                                                                       << 0x10U) 
                                                                      | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                      [vlSelf->__PVT__w_addr]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr] 
                                                                        << 0x10U) 
                                                                       | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr]))))) 
                                           >> 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[3U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             >> 0x10U));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows[0U] = vlSelf->__PVT__i_rows[0U];
                vlSelf->__PVT__o_rows[1U] = vlSelf->__PVT__i_rows[1U];
                vlSelf->__PVT__o_rows[2U] = vlSelf->__PVT__i_rows[2U];
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((8U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 8U : 
                                           (0xfU & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x24U))));
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
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x24U) 
                                                 | (((QData)((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j)) 
                                                     << 0x17U) 
                                                    | (QData)((IData)(
                                                                      (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xaU) 
                                                                       | ((0x3e0U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 5U)) 
                                                                          | (0x1fU 
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
            __Vdly__d_ptr = (0x7ffU & (((0x7ffU & ((IData)(8U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(8U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push) 
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
                                        >> 0x24U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                __Vtemp_hcb020378__0[0U] = (IData)(
                                                   (((QData)((IData)(
                                                                     (0x7ffU 
                                                                      & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                         + 
                                                                         (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                           << 2U) 
                                                                          + 
                                                                          (0x1fU 
                                                                           & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                               >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                               ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                               : 
                                                                              ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                     << 0x2cU) 
                                                    | (((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(3U) 
                                                                              * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x21U) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x16U) 
                                                          | (QData)((IData)(
                                                                            ((0x3ff800U 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                             | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))));
                __Vtemp_hcb020378__0[1U] = ((((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                              + (((IData)(5U) 
                                                  * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                 + 
                                                 (0x1fU 
                                                  & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                      >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                      ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                      : 
                                                     ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                      + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                             << 0x17U) 
                                            | (IData)(
                                                      ((((QData)((IData)(
                                                                         (0x7ffU 
                                                                          & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                             + 
                                                                             (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                               << 2U) 
                                                                              + 
                                                                              (0x1fU 
                                                                               & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                         << 0x2cU) 
                                                        | (((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(3U) 
                                                                                * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                            << 0x21U) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                               << 0x16U) 
                                                              | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))) 
                                                       >> 0x20U)));
                vlSelf->__PVT__i_rows[0U] = __Vtemp_hcb020378__0[0U];
                vlSelf->__PVT__i_rows[1U] = __Vtemp_hcb020378__0[1U];
                vlSelf->__PVT__i_rows[2U] = ((0xffe000U 
                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                  + 
                                                  (((IData)(7U) 
                                                    * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                        ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0)
                                                        : 
                                                       ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                        + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                 << 0xdU)) 
                                             | ((0x1ffcU 
                                                 & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                     + 
                                                     (((IData)(6U) 
                                                       * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                      + 
                                                      (0x1fU 
                                                       & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                           >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                           ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0)
                                                           : 
                                                          ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                           + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                    << 2U)) 
                                                | (3U 
                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(5U) 
                                                         * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                        + 
                                                        (0x1fU 
                                                         & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                             ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                             : 
                                                            ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                             + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                      >> 9U))));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
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
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
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
    if (__Vdlyvset__u_outmem__DOT__mem__v3) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v3] 
            = __Vdlyvval__u_outmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v4) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v4] 
            = __Vdlyvval__u_outmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v5) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v5] 
            = __Vdlyvval__u_outmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v6) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v6] 
            = __Vdlyvval__u_outmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v7) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v7] 
            = __Vdlyvval__u_outmem__DOT__mem__v7;
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
    if (__Vdlyvset__u_accmem__DOT__mem__v3) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v3] 
            = __Vdlyvval__u_accmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v4) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v4] 
            = __Vdlyvval__u_accmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v5) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v5] 
            = __Vdlyvval__u_accmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v6) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v6] 
            = __Vdlyvval__u_accmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v7) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v7] 
            = __Vdlyvval__u_accmem__DOT__mem__v7;
    }
    vlSelf->__PVT__out_waddr[0U] = (IData)((((QData)((IData)(
                                                             (0x7ffU 
                                                              & ((IData)(4U) 
                                                                 + (IData)(vlSelf->__PVT__d_ptr))))) 
                                             << 0x2cU) 
                                            | (((QData)((IData)(
                                                                (0x7ffU 
                                                                 & ((IData)(3U) 
                                                                    + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                << 0x21U) 
                                               | (((QData)((IData)(
                                                                   (0x7ffU 
                                                                    & ((IData)(2U) 
                                                                       + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                   << 0x16U) 
                                                  | (QData)((IData)(
                                                                    ((0x3ff800U 
                                                                      & (((IData)(1U) 
                                                                          + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                         << 0xbU)) 
                                                                     | (IData)(vlSelf->__PVT__d_ptr))))))));
    vlSelf->__PVT__out_waddr[1U] = ((((IData)(5U) + (IData)(vlSelf->__PVT__d_ptr)) 
                                     << 0x17U) | (IData)(
                                                         ((((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(4U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                            << 0x2cU) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(3U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                               << 0x21U) 
                                                              | (((QData)((IData)(
                                                                                (0x7ffU 
                                                                                & ((IData)(2U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                                  << 0x16U) 
                                                                 | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(1U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                                << 0xbU)) 
                                                                                | (IData)(vlSelf->__PVT__d_ptr))))))) 
                                                          >> 0x20U)));
    vlSelf->__PVT__out_waddr[2U] = ((0xffe000U & (((IData)(7U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                  << 0xdU)) 
                                    | ((0x1ffcU & (
                                                   ((IData)(6U) 
                                                    + (IData)(vlSelf->__PVT__d_ptr)) 
                                                   << 2U)) 
                                       | (3U & (((IData)(5U) 
                                                 + (IData)(vlSelf->__PVT__d_ptr)) 
                                                >> 9U))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
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
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__k_index = (1U & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 5U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1fffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xaU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                             >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
    }
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0x7fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                         ? (IData)(vlSelf->tr_i_slot)
                                         : (((0x1fffU 
                                              & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0xaU)))) 
                                             * (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                   >> 3U))) 
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
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (7U < (IData)(vlSelf->__PVT__a_active))) 
                          << 7U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (6U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 6U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                 & (5U 
                                                    < (IData)(vlSelf->__PVT__a_active))) 
                                                << 5U) 
                                               | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                    & (4U 
                                                       < (IData)(vlSelf->__PVT__a_active))) 
                                                   << 4U) 
                                                  | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                       & (3U 
                                                          < (IData)(vlSelf->__PVT__a_active))) 
                                                      << 3U) 
                                                     | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                          & (2U 
                                                             < (IData)(vlSelf->__PVT__a_active))) 
                                                         << 2U) 
                                                        | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                             & (1U 
                                                                < (IData)(vlSelf->__PVT__a_active))) 
                                                            << 1U) 
                                                           | ((IData)(__VdfgTmp_h05c553e7__0) 
                                                              & (0U 
                                                                 < (IData)(vlSelf->__PVT__a_active))))))))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
    }
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k)));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__0\n"); );
    // Init
    SData/*10:0*/ __Vdly__d_ptr;
    __Vdly__d_ptr = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__head;
    __Vdly__u_queue__DOT__head = 0;
    CData/*1:0*/ __Vdly__u_queue__DOT__tail;
    __Vdly__u_queue__DOT__tail = 0;
    CData/*1:0*/ __Vdlyvdim0__u_queue__DOT__mem__v0;
    __Vdlyvdim0__u_queue__DOT__mem__v0 = 0;
    QData/*51:0*/ __Vdlyvval__u_queue__DOT__mem__v0;
    __Vdlyvval__u_queue__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_queue__DOT__mem__v0;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*4:0*/ __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*14:0*/ __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v0;
    __Vdlyvdim0__u_accmem__DOT__mem__v0 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v0;
    __Vdlyvval__u_accmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v0;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v1;
    __Vdlyvdim0__u_accmem__DOT__mem__v1 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v1;
    __Vdlyvval__u_accmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v1;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v2;
    __Vdlyvdim0__u_accmem__DOT__mem__v2 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v2;
    __Vdlyvval__u_accmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v2;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v3;
    __Vdlyvdim0__u_accmem__DOT__mem__v3 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v3;
    __Vdlyvval__u_accmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v3;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v4;
    __Vdlyvdim0__u_accmem__DOT__mem__v4 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v4;
    __Vdlyvval__u_accmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v4;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v5;
    __Vdlyvdim0__u_accmem__DOT__mem__v5 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v5;
    __Vdlyvval__u_accmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v5;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v6;
    __Vdlyvdim0__u_accmem__DOT__mem__v6 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v6;
    __Vdlyvval__u_accmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v6;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_accmem__DOT__mem__v7;
    __Vdlyvdim0__u_accmem__DOT__mem__v7 = 0;
    IData/*31:0*/ __Vdlyvval__u_accmem__DOT__mem__v7;
    __Vdlyvval__u_accmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_accmem__DOT__mem__v7;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v0;
    __Vdlyvdim0__u_outmem__DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v0;
    __Vdlyvval__u_outmem__DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v0;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v1;
    __Vdlyvdim0__u_outmem__DOT__mem__v1 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v1;
    __Vdlyvval__u_outmem__DOT__mem__v1 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v1;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v2;
    __Vdlyvdim0__u_outmem__DOT__mem__v2 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v2;
    __Vdlyvval__u_outmem__DOT__mem__v2 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v2;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v3;
    __Vdlyvdim0__u_outmem__DOT__mem__v3 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v3;
    __Vdlyvval__u_outmem__DOT__mem__v3 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v3;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v4;
    __Vdlyvdim0__u_outmem__DOT__mem__v4 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v4;
    __Vdlyvval__u_outmem__DOT__mem__v4 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v4;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v5;
    __Vdlyvdim0__u_outmem__DOT__mem__v5 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v5;
    __Vdlyvval__u_outmem__DOT__mem__v5 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v5;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v6;
    __Vdlyvdim0__u_outmem__DOT__mem__v6 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v6;
    __Vdlyvval__u_outmem__DOT__mem__v6 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v6;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0;
    SData/*10:0*/ __Vdlyvdim0__u_outmem__DOT__mem__v7;
    __Vdlyvdim0__u_outmem__DOT__mem__v7 = 0;
    SData/*15:0*/ __Vdlyvval__u_outmem__DOT__mem__v7;
    __Vdlyvval__u_outmem__DOT__mem__v7 = 0;
    CData/*0:0*/ __Vdlyvset__u_outmem__DOT__mem__v7;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0;
    VlWide<3>/*95:0*/ __Vtemp_hcb020378__0;
    IData/*31:0*/ __Vilp;
    // Body
    __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_outmem__DOT__mem__v7 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__u_queue__DOT__head = vlSelf->__PVT__u_queue__DOT__head;
    __Vdly__u_queue__DOT__tail = vlSelf->__PVT__u_queue__DOT__tail;
    __Vdlyvset__u_queue__DOT__mem__v0 = 0U;
    __Vdly__d_ptr = vlSelf->__PVT__d_ptr;
    __Vdlyvset__u_accmem__DOT__mem__v0 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v1 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v2 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v3 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v4 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v5 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v6 = 0U;
    __Vdlyvset__u_accmem__DOT__mem__v7 = 0U;
    vlSelf->__PVT__u_outmem__DOT__q = 8U;
    if ((1U & (~ (IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear)))) {
        vlSelf->__PVT__u_accmem__DOT__q = 8U;
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v0 = vlSelf->tr_acc_wdata[0U];
            __Vdlyvset__u_accmem__DOT__mem__v0 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v0 = (0x7ffU 
                                                   & vlSelf->__PVT__a_rows[0U]);
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v1 = vlSelf->tr_acc_wdata[1U];
            __Vdlyvset__u_accmem__DOT__mem__v1 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v1 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0xbU));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v2 = vlSelf->tr_acc_wdata[2U];
            __Vdlyvset__u_accmem__DOT__mem__v2 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v2 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[1U] 
                                                       << 0xaU) 
                                                      | (vlSelf->__PVT__a_rows[0U] 
                                                         >> 0x16U)));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v3 = vlSelf->tr_acc_wdata[3U];
            __Vdlyvset__u_accmem__DOT__mem__v3 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v3 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 1U));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v4 = vlSelf->tr_acc_wdata[4U];
            __Vdlyvset__u_accmem__DOT__mem__v4 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v4 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0xcU));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v5 = vlSelf->tr_acc_wdata[5U];
            __Vdlyvset__u_accmem__DOT__mem__v5 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v5 = (0x7ffU 
                                                   & ((vlSelf->__PVT__a_rows[2U] 
                                                       << 9U) 
                                                      | (vlSelf->__PVT__a_rows[1U] 
                                                         >> 0x17U)));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v6 = vlSelf->tr_acc_wdata[6U];
            __Vdlyvset__u_accmem__DOT__mem__v6 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v6 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 2U));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            __Vdlyvval__u_accmem__DOT__mem__v7 = vlSelf->tr_acc_wdata[7U];
            __Vdlyvset__u_accmem__DOT__mem__v7 = 1U;
            __Vdlyvdim0__u_accmem__DOT__mem__v7 = (0x7ffU 
                                                   & (vlSelf->__PVT__a_rows[2U] 
                                                      >> 0xdU));
        }
    }
    if (((IData)(vlSelf->tr_i_valid) & (IData)(vlSelf->__PVT__u_idx__DOT__cur_reload))) {
        __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
        __Vdlyvval__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        __Vdlyvset__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 = 1U;
        __Vdlyvdim0__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg__v0 
            = vlSelf->__PVT__u_idx__DOT__k_index;
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__ld_we_k) {
        __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x23U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x1eU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x19U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0x14U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xfU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 0xaU)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0x1fU & (IData)((vlSelf->__PVT__k_wdata 
                                >> 5U)));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0x1fU & (IData)(vlSelf->__PVT__k_wdata));
        __Vdlyvset__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
    }
    if ((1U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v0 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[0U]);
        __Vdlyvset__u_outmem__DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v0 = (0x7ffU 
                                               & vlSelf->__PVT__out_waddr[0U]);
    }
    if ((2U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v1 = (vlSelf->__PVT__out_wdata[0U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v1 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v1 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[0U] 
                                                  >> 0xbU));
    }
    if ((4U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v2 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[1U]);
        __Vdlyvset__u_outmem__DOT__mem__v2 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v2 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[1U] 
                                                   << 0xaU) 
                                                  | (vlSelf->__PVT__out_waddr[0U] 
                                                     >> 0x16U)));
    }
    if ((8U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v3 = (vlSelf->__PVT__out_wdata[1U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v3 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v3 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 1U));
    }
    if ((0x10U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v4 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[2U]);
        __Vdlyvset__u_outmem__DOT__mem__v4 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v4 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[1U] 
                                                  >> 0xcU));
    }
    if ((0x20U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v5 = (vlSelf->__PVT__out_wdata[2U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v5 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v5 = (0x7ffU 
                                               & ((vlSelf->__PVT__out_waddr[2U] 
                                                   << 9U) 
                                                  | (vlSelf->__PVT__out_waddr[1U] 
                                                     >> 0x17U)));
    }
    if ((0x40U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v6 = (0xffffU 
                                              & vlSelf->__PVT__out_wdata[3U]);
        __Vdlyvset__u_outmem__DOT__mem__v6 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v6 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 2U));
    }
    if ((0x80U & (IData)(vlSelf->tr_out_we))) {
        __Vdlyvval__u_outmem__DOT__mem__v7 = (vlSelf->__PVT__out_wdata[3U] 
                                              >> 0x10U);
        __Vdlyvset__u_outmem__DOT__mem__v7 = 1U;
        __Vdlyvdim0__u_outmem__DOT__mem__v7 = (0x7ffU 
                                               & (vlSelf->__PVT__out_waddr[2U] 
                                                  >> 0xdU));
    }
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__ld_we_w) {
        __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffffU & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U]);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
        __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
               >> 0x10U);
        __Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_addr;
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
    if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear) {
        __Vilp = 0U;
        while ((__Vilp <= 0x3fU)) {
            vlSelf->__PVT__u_accmem__DOT__live[__Vilp] = 0U;
            __Vilp = ((IData)(1U) + __Vilp);
        }
    } else {
        if ((1U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 5U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 5U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & vlSelf->__PVT__a_rows[0U])));
        }
        if ((2U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0x10U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[0U] 
                             >> 0x10U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[0U] 
                                                   >> 0xbU))));
        }
        if ((4U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7ffffe0U 
                                                    & (vlSelf->__PVT__a_rows[1U] 
                                                       << 5U)) 
                                                   | (vlSelf->__PVT__a_rows[0U] 
                                                      >> 0x1bU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7ffffe0U & (vlSelf->__PVT__a_rows[1U] 
                                            << 5U)) 
                             | (vlSelf->__PVT__a_rows[0U] 
                                >> 0x1bU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[0U] 
                                                    >> 0x16U))));
        }
        if ((8U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 6U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 6U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[1U] 
                                                >> 1U))));
        }
        if ((0x10U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0x11U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[1U] 
                             >> 0x11U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[1U] 
                                                   >> 0xcU))));
        }
        if ((0x20U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & ((0x7fffff0U 
                                                    & (vlSelf->__PVT__a_rows[2U] 
                                                       << 4U)) 
                                                   | (vlSelf->__PVT__a_rows[1U] 
                                                      >> 0x1cU)))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & ((0x7fffff0U & (vlSelf->__PVT__a_rows[2U] 
                                            << 4U)) 
                             | (vlSelf->__PVT__a_rows[1U] 
                                >> 0x1cU)))] | ((IData)(1U) 
                                                << 
                                                (0x1fU 
                                                 & (vlSelf->__PVT__a_rows[1U] 
                                                    >> 0x17U))));
        }
        if ((0x40U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 7U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 7U))] | ((IData)(1U) 
                                         << (0x1fU 
                                             & (vlSelf->__PVT__a_rows[2U] 
                                                >> 2U))));
        }
        if ((0x80U & (IData)(vlSelf->tr_acc_we))) {
            vlSelf->__PVT__u_accmem__DOT__live[(0x3fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0x12U))] 
                = (vlSelf->__PVT__u_accmem__DOT__live[
                   (0x3fU & (vlSelf->__PVT__a_rows[2U] 
                             >> 0x12U))] | ((IData)(1U) 
                                            << (0x1fU 
                                                & (vlSelf->__PVT__a_rows[2U] 
                                                   >> 0xdU))));
        }
    }
    if ((1U & (~ (IData)(vlSymsp->TOP.__Vcellinp__permdnn_engine__start)))) {
        if (vlSelf->tr_i_valid) {
            if (vlSelf->__PVT__pop) {
                vlSelf->__PVT__u_idx__DOT__col_t = 
                    (0x1fU & (IData)((vlSelf->__PVT__q_head 
                                      >> 5U)));
                vlSelf->__PVT__u_idx__DOT__k_col = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
                vlSelf->__PVT__u_idx__DOT__col_j = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0x17U)));
                vlSelf->__PVT__u_idx__DOT__col_cm = 
                    (0x1fU & (IData)(vlSelf->__PVT__q_head));
                vlSelf->__PVT__u_idx__DOT__col_c = 
                    (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                        >> 0xaU)));
            }
            vlSelf->__PVT__u_idx__DOT__col_slot = (3U 
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
                                                                           & vlSelf->__PVT__o_w[0U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[1U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[0U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[2U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[1U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[3U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[1U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[4U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (0xffffU 
                                                                           & vlSelf->__PVT__o_w[2U])), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[5U] = VL_MULS_III(32, 
                                                            VL_EXTENDS_II(32,16, 
                                                                          (vlSelf->__PVT__o_w[2U] 
                                                                           >> 0x10U)), 
                                                            VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)));
                vlSelf->__PVT__a_products[6U] = (IData)(
                                                        (((QData)((IData)(
                                                                          VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                          << 0x20U) 
                                                         | (QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))));
                vlSelf->__PVT__a_products[7U] = (IData)(
                                                        ((((QData)((IData)(
                                                                           VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (vlSelf->__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x))))) 
                                                           << 0x20U) 
                                                          | (QData)((IData)(
                                                                            VL_MULS_III(32, 
                                                                                VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSelf->__PVT__o_w[3U])), 
                                                                                VL_EXTENDS_II(32,16, (IData)(vlSelf->__PVT__o_x)))))) 
                                                         >> 0x20U));
                vlSelf->__PVT__a_rows[0U] = vlSelf->__PVT__o_rows[0U];
                vlSelf->__PVT__a_rows[1U] = vlSelf->__PVT__o_rows[1U];
                vlSelf->__PVT__a_rows[2U] = vlSelf->__PVT__o_rows[2U];
            }
            if (vlSelf->__PVT__i_valid) {
                vlSelf->__PVT__o_active = vlSelf->__PVT__i_active;
                vlSelf->__PVT__o_j = vlSelf->__PVT__i_j;
                vlSelf->__PVT__o_slot = vlSelf->__PVT__i_slot;
                vlSelf->__PVT__o_w[0U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                          [vlSelf->__PVT__w_addr]);
                vlSelf->__PVT__o_w[1U] = (((0xffffU 
                                            & vlSelf->__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                            [vlSelf->__PVT__w_addr]) 
                                           | (vlSelf->__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                              [vlSelf->__PVT__w_addr] 
                                              >> 0x10U)) 
                                          | ((IData)(
                                                     (((QData)((IData)(
                                                                       ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr] 
                                                                         << 0x10U) 
                                                                        | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr]))) 
                                                       << 0x20U) 
                                                      | (QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))))) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[2U] = (((IData)(
                                                   (((QData)((IData)(
                                                                     ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr] 
                                                                       << 0x10U) 
                                                                      | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                      [vlSelf->__PVT__w_addr]))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                        [vlSelf->__PVT__w_addr] 
                                                                        << 0x10U) 
                                                                       | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                       [vlSelf->__PVT__w_addr]))))) 
                                           >> 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             << 0x10U));
                vlSelf->__PVT__o_w[3U] = ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                           [vlSelf->__PVT__w_addr] 
                                           << 0x10U) 
                                          | ((IData)(
                                                     ((((QData)((IData)(
                                                                        ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr] 
                                                                          << 0x10U) 
                                                                         | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                         [vlSelf->__PVT__w_addr]))) 
                                                        << 0x20U) 
                                                       | (QData)((IData)(
                                                                         ((vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                           [vlSelf->__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                          [vlSelf->__PVT__w_addr])))) 
                                                      >> 0x20U)) 
                                             >> 0x10U));
                vlSelf->__PVT__o_x = vlSelf->__PVT__i_x;
                vlSelf->__PVT__o_rows[0U] = vlSelf->__PVT__i_rows[0U];
                vlSelf->__PVT__o_rows[1U] = vlSelf->__PVT__i_rows[1U];
                vlSelf->__PVT__o_rows[2U] = vlSelf->__PVT__i_rows[2U];
            }
            if (vlSelf->tr_i_valid) {
                vlSelf->__PVT__i_active = ((8U <= (IData)(vlSelf->__PVT__u_idx__DOT__rest_b))
                                            ? 8U : 
                                           (0xfU & (IData)(vlSelf->__PVT__u_idx__DOT__rest_b)));
                vlSelf->__PVT__i_j = vlSelf->tr_i_j;
                vlSelf->__PVT__i_slot = vlSelf->tr_i_slot;
                vlSelf->__PVT__i_x = (0xffffU & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_x)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0x24U))));
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
        if (vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push) {
            __Vdlyvval__u_queue__DOT__mem__v0 = (((QData)((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_x)) 
                                                  << 0x24U) 
                                                 | (((QData)((IData)(vlSymsp->TOP.__Vcellout__permdnn_engine__nzd_j)) 
                                                     << 0x17U) 
                                                    | (QData)((IData)(
                                                                      (((IData)(vlSymsp->TOP.permdnn_engine__DOT__b_c) 
                                                                        << 0xaU) 
                                                                       | ((0x3e0U 
                                                                           & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                              << 5U)) 
                                                                          | (0x1fU 
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
            __Vdly__d_ptr = (0x7ffU & (((0x7ffU & ((IData)(8U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr))) 
                                        >= (IData)(vlSelf->__PVT__rows))
                                        ? (IData)(vlSelf->__PVT__rows)
                                        : ((IData)(8U) 
                                           + (IData)(vlSelf->__PVT__d_ptr))));
        }
        vlSelf->__PVT__u_queue__DOT__cnt = (7U & ((2U 
                                                   == 
                                                   (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push) 
                                                     << 1U) 
                                                    | (IData)(vlSelf->__PVT__pop)))
                                                   ? 
                                                  ((IData)(1U) 
                                                   + (IData)(vlSelf->__PVT__u_queue__DOT__cnt))
                                                   : 
                                                  ((1U 
                                                    == 
                                                    (((IData)(vlSymsp->TOP.permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push) 
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
                                        >> 0x24U)));
            }
        }
        if (vlSymsp->TOP.permdnn_engine__DOT__compute) {
            if (vlSelf->tr_i_valid) {
                __Vtemp_hcb020378__0[0U] = (IData)(
                                                   (((QData)((IData)(
                                                                     (0x7ffU 
                                                                      & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                         + 
                                                                         (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                           << 2U) 
                                                                          + 
                                                                          (0x1fU 
                                                                           & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                               >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                               ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                               : 
                                                                              ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                               + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                     << 0x2cU) 
                                                    | (((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(3U) 
                                                                              * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x21U) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x16U) 
                                                          | (QData)((IData)(
                                                                            ((0x3ff800U 
                                                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                             | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))));
                __Vtemp_hcb020378__0[1U] = ((((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                              + (((IData)(5U) 
                                                  * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                 + 
                                                 (0x1fU 
                                                  & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                      >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                      ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                      : 
                                                     ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                      + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                             << 0x17U) 
                                            | (IData)(
                                                      ((((QData)((IData)(
                                                                         (0x7ffU 
                                                                          & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                             + 
                                                                             (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                               << 2U) 
                                                                              + 
                                                                              (0x1fU 
                                                                               & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                         << 0x2cU) 
                                                        | (((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(3U) 
                                                                                * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                            << 0x21U) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))))))))) 
                                                               << 0x16U) 
                                                              | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))))))))) 
                                                       >> 0x20U)));
                vlSelf->__PVT__i_rows[0U] = __Vtemp_hcb020378__0[0U];
                vlSelf->__PVT__i_rows[1U] = __Vtemp_hcb020378__0[1U];
                vlSelf->__PVT__i_rows[2U] = ((0xffe000U 
                                              & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                  + 
                                                  (((IData)(7U) 
                                                    * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                        ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0)
                                                        : 
                                                       ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                        + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                 << 0xdU)) 
                                             | ((0x1ffcU 
                                                 & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                     + 
                                                     (((IData)(6U) 
                                                       * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                      + 
                                                      (0x1fU 
                                                       & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                           >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                           ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0)
                                                           : 
                                                          ((IData)(vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                           + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                    << 2U)) 
                                                | (3U 
                                                   & (((IData)(vlSelf->__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(5U) 
                                                         * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)) 
                                                        + 
                                                        (0x1fU 
                                                         & (((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                             ? (IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                             : 
                                                            ((IData)(vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                             + (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)))))) 
                                                      >> 9U))));
            }
        }
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg__v0;
    }
    if (__Vdlyvset__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[__Vdlyvdim0__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0] 
            = __Vdlyvval__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg__v0;
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
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
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
    if (__Vdlyvset__u_outmem__DOT__mem__v3) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v3] 
            = __Vdlyvval__u_outmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v4) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v4] 
            = __Vdlyvval__u_outmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v5) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v5] 
            = __Vdlyvval__u_outmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v6) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v6] 
            = __Vdlyvval__u_outmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_outmem__DOT__mem__v7) {
        vlSelf->__PVT__u_outmem__DOT__mem[__Vdlyvdim0__u_outmem__DOT__mem__v7] 
            = __Vdlyvval__u_outmem__DOT__mem__v7;
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
    if (__Vdlyvset__u_accmem__DOT__mem__v3) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v3] 
            = __Vdlyvval__u_accmem__DOT__mem__v3;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v4) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v4] 
            = __Vdlyvval__u_accmem__DOT__mem__v4;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v5) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v5] 
            = __Vdlyvval__u_accmem__DOT__mem__v5;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v6) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v6] 
            = __Vdlyvval__u_accmem__DOT__mem__v6;
    }
    if (__Vdlyvset__u_accmem__DOT__mem__v7) {
        vlSelf->__PVT__u_accmem__DOT__mem[__Vdlyvdim0__u_accmem__DOT__mem__v7] 
            = __Vdlyvval__u_accmem__DOT__mem__v7;
    }
    vlSelf->__PVT__out_waddr[0U] = (IData)((((QData)((IData)(
                                                             (0x7ffU 
                                                              & ((IData)(4U) 
                                                                 + (IData)(vlSelf->__PVT__d_ptr))))) 
                                             << 0x2cU) 
                                            | (((QData)((IData)(
                                                                (0x7ffU 
                                                                 & ((IData)(3U) 
                                                                    + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                << 0x21U) 
                                               | (((QData)((IData)(
                                                                   (0x7ffU 
                                                                    & ((IData)(2U) 
                                                                       + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                   << 0x16U) 
                                                  | (QData)((IData)(
                                                                    ((0x3ff800U 
                                                                      & (((IData)(1U) 
                                                                          + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                         << 0xbU)) 
                                                                     | (IData)(vlSelf->__PVT__d_ptr))))))));
    vlSelf->__PVT__out_waddr[1U] = ((((IData)(5U) + (IData)(vlSelf->__PVT__d_ptr)) 
                                     << 0x17U) | (IData)(
                                                         ((((QData)((IData)(
                                                                            (0x7ffU 
                                                                             & ((IData)(4U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                            << 0x2cU) 
                                                           | (((QData)((IData)(
                                                                               (0x7ffU 
                                                                                & ((IData)(3U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                               << 0x21U) 
                                                              | (((QData)((IData)(
                                                                                (0x7ffU 
                                                                                & ((IData)(2U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr))))) 
                                                                  << 0x16U) 
                                                                 | (QData)((IData)(
                                                                                ((0x3ff800U 
                                                                                & (((IData)(1U) 
                                                                                + (IData)(vlSelf->__PVT__d_ptr)) 
                                                                                << 0xbU)) 
                                                                                | (IData)(vlSelf->__PVT__d_ptr))))))) 
                                                          >> 0x20U)));
    vlSelf->__PVT__out_waddr[2U] = ((0xffe000U & (((IData)(7U) 
                                                   + (IData)(vlSelf->__PVT__d_ptr)) 
                                                  << 0xdU)) 
                                    | ((0x1ffcU & (
                                                   ((IData)(6U) 
                                                    + (IData)(vlSelf->__PVT__d_ptr)) 
                                                   << 2U)) 
                                       | (3U & (((IData)(5U) 
                                                 + (IData)(vlSelf->__PVT__d_ptr)) 
                                                >> 9U))));
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
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
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__k_index = (1U & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    } else {
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 5U)));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (~ 
                                                    ((IData)(vlSelf->__PVT__u_idx__DOT__k_valid) 
                                                     & ((0x1fffU 
                                                         & (IData)(
                                                                   (vlSelf->__PVT__q_head 
                                                                    >> 0xaU))) 
                                                        == (IData)(vlSelf->__PVT__u_idx__DOT__k_col)))));
        vlSelf->tr_i_j = (0x1fffU & (IData)((vlSelf->__PVT__q_head 
                                             >> 0x17U)));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__q_head));
        vlSelf->tr_i_slot = 0U;
        vlSelf->__PVT__u_idx__DOT__k_index = 0U;
    }
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__1\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__k_addr = (0x7fffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__formula_r)
                                         ? (IData)(vlSelf->tr_i_slot)
                                         : (((0x1fffU 
                                              & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid)
                                                  ? (IData)(vlSelf->__PVT__u_idx__DOT__col_c)
                                                  : (IData)(
                                                            (vlSelf->__PVT__q_head 
                                                             >> 0xaU)))) 
                                             * (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                   >> 3U))) 
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
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored 
        = vlSelf->__PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem
        [vlSelf->__PVT__k_addr];
    vlSelf->drained = ((IData)(vlSelf->__PVT__d_ptr) 
                       >= (IData)(vlSelf->__PVT__rows));
    vlSelf->tr_acc_we = ((((IData)(__VdfgTmp_h05c553e7__0) 
                           & (7U < (IData)(vlSelf->__PVT__a_active))) 
                          << 7U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                      & (6U < (IData)(vlSelf->__PVT__a_active))) 
                                     << 6U) | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                 & (5U 
                                                    < (IData)(vlSelf->__PVT__a_active))) 
                                                << 5U) 
                                               | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                    & (4U 
                                                       < (IData)(vlSelf->__PVT__a_active))) 
                                                   << 4U) 
                                                  | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                       & (3U 
                                                          < (IData)(vlSelf->__PVT__a_active))) 
                                                      << 3U) 
                                                     | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                          & (2U 
                                                             < (IData)(vlSelf->__PVT__a_active))) 
                                                         << 2U) 
                                                        | ((((IData)(__VdfgTmp_h05c553e7__0) 
                                                             & (1U 
                                                                < (IData)(vlSelf->__PVT__a_active))) 
                                                            << 1U) 
                                                           | ((IData)(__VdfgTmp_h05c553e7__0) 
                                                              & (0U 
                                                                 < (IData)(vlSelf->__PVT__a_active))))))))));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum 
        = (0x3fU & ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored) 
                    + (IData)(vlSelf->__PVT__u_idx__DOT__cur_cm)));
    if (vlSymsp->TOP.permdnn_engine__DOT__formula_r) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                         >= (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         ? ((IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                            - (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r))
                         : (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)));
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored));
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load 
            = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored));
    }
    if (vlSelf->__PVT__u_idx__DOT__cur_reload) {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
    } else {
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
        vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k 
            = vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg
            [vlSelf->__PVT__u_idx__DOT__k_index];
    }
    vlSelf->u_idx__DOT____VdfgTmp_h26ea42e2__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h1d3c8624__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_he378c50e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hf5ddd63e__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_ha6c1b96b__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h2ed54312__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_hb2703290__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k)));
    vlSelf->u_idx__DOT____VdfgTmp_h94a253df__0 = (0x1fU 
                                                  & ((IData)(vlSelf->__PVT__u_idx__DOT__cur_t) 
                                                     - (IData)(vlSelf->__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k)));
}
