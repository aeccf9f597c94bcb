// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe32_mul8_q4_s16_a32__Syms.h"
#include "Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2.h"

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
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
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows)) 
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
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
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows)) 
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
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
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows)) 
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
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
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows)) 
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    vlSelf->__PVT__u_idx__DOT__next_valid = ((3U & 
                                              ((IData)(1U) 
                                               + (IData)(vlSelf->tr_i_slot))) 
                                             < (3U 
                                                & (((IData)(7U) 
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows)) 
                                                   >> 3U)));
    vlSelf->__PVT__u_idx__DOT__rest_b = (0x3fU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows) 
                                                  - 
                                                  ((IData)(vlSelf->tr_i_slot) 
                                                   << 3U)));
    vlSelf->__PVT__u_idx__DOT__base_row = (0x7ffU & 
                                           ((0x3fU 
                                             & ((IData)(vlSelf->tr_i_slot) 
                                                << 3U)) 
                                            * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
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
                                                    + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows)) 
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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

VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___stl_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__0\n"); );
    // Init
    CData/*0:0*/ __VdfgTmp_h05c553e7__0;
    __VdfgTmp_h05c553e7__0 = 0;
    // Body
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
    vlSelf->__PVT__w_addr = (0x7fffU & (((IData)(vlSelf->__PVT__i_j) 
                                         * (3U & (((IData)(7U) 
                                                   + (IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                  >> 3U))) 
                                        + (IData)(vlSelf->__PVT__i_slot)));
    vlSelf->__PVT__u_idx__DOT__k_index = ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                                          & (IData)(vlSelf->__PVT__u_idx__DOT__col_slot));
    vlSelf->__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half 
        = ((0U == (IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r))
            ? 0ULL : (0x1ffffffffULL & (1ULL << (0xfU 
                                                 & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__frac_r) 
                                                    - (IData)(1U))))));
    vlSelf->__PVT__q_head = vlSelf->__PVT__u_queue__DOT__mem
        [vlSelf->__PVT__u_queue__DOT__head];
    if (vlSelf->__PVT__u_idx__DOT__col_valid) {
        vlSelf->tr_i_slot = vlSelf->__PVT__u_idx__DOT__col_slot;
        vlSelf->__PVT__u_idx__DOT__cur_t = (0x1fU & (IData)(vlSelf->__PVT__u_idx__DOT__col_t));
        vlSelf->__PVT__u_idx__DOT__cur_reload = (1U 
                                                 & (IData)(vlSelf->__PVT__u_idx__DOT__col_reload));
        vlSelf->tr_i_j = (0x1fffU & (IData)(vlSelf->__PVT__u_idx__DOT__col_j));
        vlSelf->__PVT__u_idx__DOT__cur_cm = (0x1fU 
                                             & (IData)(vlSelf->__PVT__u_idx__DOT__col_cm));
    } else {
        vlSelf->tr_i_slot = 0U;
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
    }
    vlSelf->__PVT__rows = (0x7ffU & ((IData)(vlSymsp->TOP.permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows) 
                                     * (IData)(vlSymsp->TOP.permdnn_engine__DOT__p_r)));
    vlSelf->__PVT__k_wdata = (((QData)((IData)((0x1fU 
                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U] 
                                                   >> 0x10U)))) 
                               << 0x23U) | (((QData)((IData)(
                                                             (0x1fU 
                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[3U]))) 
                                             << 0x1eU) 
                                            | (QData)((IData)(
                                                              ((0x3e000000U 
                                                                & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                   << 9U)) 
                                                               | ((0x1f00000U 
                                                                   & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[2U] 
                                                                      << 0x14U)) 
                                                                  | ((0xf8000U 
                                                                      & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                         >> 1U)) 
                                                                     | ((0x7c00U 
                                                                         & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[1U] 
                                                                            << 0xaU)) 
                                                                        | ((0x3e0U 
                                                                            & (vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U] 
                                                                               >> 0xbU)) 
                                                                           | (0x1fU 
                                                                              & vlSymsp->TOP.__Vcellinp__permdnn_engine__ld_data[0U]))))))))));
    vlSelf->__PVT__pop = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((~ (IData)(vlSelf->__PVT__u_idx__DOT__col_valid)) 
                             & (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
    __VdfgTmp_h05c553e7__0 = ((IData)(vlSelf->__PVT__a_valid) 
                              & (IData)(vlSymsp->TOP.permdnn_engine__DOT__compute));
    vlSelf->tr_i_valid = ((IData)(vlSymsp->TOP.permdnn_engine__DOT__compute) 
                          & ((IData)(vlSelf->__PVT__u_idx__DOT__col_valid) 
                             | (0U != (IData)(vlSelf->__PVT__u_queue__DOT__cnt))));
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
