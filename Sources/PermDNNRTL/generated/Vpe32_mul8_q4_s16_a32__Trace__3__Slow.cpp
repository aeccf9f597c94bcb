// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe32_mul8_q4_s16_a32__Syms.h"


VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root__trace_full_sub_2(Vpe32_mul8_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root__trace_full_sub_2\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode);
    VlWide<3>/*95:0*/ __Vtemp_hd1702f15__0;
    VlWide<3>/*95:0*/ __Vtemp_h3d358329__0;
    VlWide<4>/*127:0*/ __Vtemp_h1ff8f53c__0;
    VlWide<8>/*255:0*/ __Vtemp_h5d27545a__0;
    VlWide<3>/*95:0*/ __Vtemp_h0ee50048__0;
    VlWide<8>/*255:0*/ __Vtemp_h9065adb5__0;
    VlWide<3>/*95:0*/ __Vtemp_ha746ac15__0;
    VlWide<3>/*95:0*/ __Vtemp_hf4cf8d25__0;
    VlWide<4>/*127:0*/ __Vtemp_h2a4cec21__0;
    VlWide<8>/*255:0*/ __Vtemp_h079bc036__0;
    VlWide<3>/*95:0*/ __Vtemp_hf75a4b74__0;
    VlWide<8>/*255:0*/ __Vtemp_h1780fc6a__0;
    VlWide<3>/*95:0*/ __Vtemp_ha359490c__0;
    VlWide<3>/*95:0*/ __Vtemp_h5b730a38__0;
    VlWide<4>/*127:0*/ __Vtemp_h89942392__0;
    VlWide<8>/*255:0*/ __Vtemp_h5c721736__0;
    VlWide<3>/*95:0*/ __Vtemp_h4fa4012f__0;
    VlWide<8>/*255:0*/ __Vtemp_h35c88d97__0;
    VlWide<3>/*95:0*/ __Vtemp_he8b9676c__0;
    VlWide<3>/*95:0*/ __Vtemp_h7513e311__0;
    VlWide<4>/*127:0*/ __Vtemp_h334c2091__0;
    VlWide<8>/*255:0*/ __Vtemp_h3ee92227__0;
    VlWide<3>/*95:0*/ __Vtemp_h5a866b33__0;
    VlWide<8>/*255:0*/ __Vtemp_h7b48e7ea__0;
    // Body
    bufp->fullCData(oldp+11838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+11839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+11840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+11841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+11842,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+11843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+11844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+11845,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+11846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+11847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+11848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+11849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+11850,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+11851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+11852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+11854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+11856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+11858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+11860,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+11861,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+11862,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+11863,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+11864,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+11865,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+11866,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+11867,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+11868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+11869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+11870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+11871,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+11872,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+11873,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+11874,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+11875,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+11876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+11877,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+11878,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+11879,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+11880,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+11883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+11891,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+11892,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+11900,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+11901,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+11902,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+11903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+11904,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+11905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+11907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+11908,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+11909,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+11910,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
                                  << 0x23U) | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored)) 
                                                << 0x1eU) 
                                               | (QData)((IData)(
                                                                 (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                                                                   << 0x19U) 
                                                                  | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                                                                      << 0x14U) 
                                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                                                                         << 0xfU) 
                                                                        | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                                                            << 0xaU) 
                                                                           | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                                               << 5U) 
                                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored))))))))))),40);
    bufp->fullBit(oldp+11912,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+11913,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+11914,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                  ? 8U : (0xfU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),4);
    __Vtemp_hd1702f15__0[0U] = (IData)((((QData)((IData)(
                                                         (0x7ffU 
                                                          & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                             + 
                                                             (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                               << 2U) 
                                                              + 
                                                              (0x1fU 
                                                               & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                   >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                   ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                   : 
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(
                                                            (0x7ffU 
                                                             & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                + 
                                                                (((IData)(3U) 
                                                                  * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                 + 
                                                                 (0x1fU 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                      >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                      ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                      : 
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                            << 0x21U) 
                                           | (((QData)((IData)(
                                                               (0x7ffU 
                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                   + 
                                                                   (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                     << 1U) 
                                                                    + 
                                                                    (0x1fU 
                                                                     & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                         : 
                                                                        ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                         + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                ((0x3ff800U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xbU)) 
                                                                 | (0x7ffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))));
    __Vtemp_hd1702f15__0[1U] = ((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                  + (((IData)(5U) * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                     + (0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                              << 2U) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(3U) 
                                                                                * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(
                                                                              (0x7ffU 
                                                                               & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               ((0x3ff800U 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))) 
                                                      >> 0x20U)));
    __Vtemp_h3d358329__0[0U] = __Vtemp_hd1702f15__0[0U];
    __Vtemp_h3d358329__0[1U] = __Vtemp_hd1702f15__0[1U];
    __Vtemp_h3d358329__0[2U] = ((0xffe000U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                               + (((IData)(7U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                              << 0xdU)) 
                                | ((0x1ffcU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                + (
                                                   ((IData)(6U) 
                                                    * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                                        : 
                                                       ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                        + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                               << 2U)) 
                                   | (3U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                             + (((IData)(5U) 
                                                 * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                + (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                            >> 9U))));
    bufp->fullWData(oldp+11915,(__Vtemp_h3d358329__0),88);
    bufp->fullSData(oldp+11918,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+11919,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+11920,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+11923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr),15);
    __Vtemp_h1ff8f53c__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]);
    __Vtemp_h1ff8f53c__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]) 
                                 | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                    >> 0x10U)) | ((IData)(
                                                          (((QData)((IData)(
                                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                                              << 0x10U) 
                                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                            << 0x20U) 
                                                           | (QData)((IData)(
                                                                             ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                               [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                                               << 0x10U) 
                                                                              | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                                  << 0x10U));
    __Vtemp_h1ff8f53c__0[2U] = (((IData)((((QData)((IData)(
                                                           ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                             << 0x10U) 
                                                            | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]))) 
                                           << 0x20U) 
                                          | (QData)((IData)(
                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                              << 0x10U) 
                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                 >> 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              << 0x10U));
    __Vtemp_h1ff8f53c__0[3U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              >> 0x10U));
    bufp->fullWData(oldp+11924,(__Vtemp_h1ff8f53c__0),128);
    bufp->fullSData(oldp+11928,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+11929,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+11930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+11933,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w),128);
    __Vtemp_h5d27545a__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5d27545a__0[1U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5d27545a__0[2U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5d27545a__0[3U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5d27545a__0[4U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5d27545a__0[5U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5d27545a__0[6U] = (IData)((((QData)((IData)(
                                                         VL_MULS_III(32, 
                                                                     VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                     VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x))))) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))))));
    __Vtemp_h5d27545a__0[7U] = (IData)(((((QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x))))) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           VL_MULS_III(32, 
                                                                       VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                       VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+11937,(__Vtemp_h5d27545a__0),256);
    bufp->fullSData(oldp+11945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr),11);
    __Vtemp_h0ee50048__0[0U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                            << 0x21U) 
                                           | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                  << 0xbU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))));
    __Vtemp_h0ee50048__0[1U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                                << 0xbU) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))) 
                                                      >> 0x20U)));
    __Vtemp_h0ee50048__0[2U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb4a64f30__0) 
                                 << 0xdU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8ec2bbf__0) 
                                              << 2U) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                                >> 9U)));
    bufp->fullWData(oldp+11946,(__Vtemp_h0ee50048__0),88);
    __Vtemp_h9065adb5__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
    __Vtemp_h9065adb5__0[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc;
    __Vtemp_h9065adb5__0[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc;
    __Vtemp_h9065adb5__0[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc;
    __Vtemp_h9065adb5__0[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc;
    __Vtemp_h9065adb5__0[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc;
    __Vtemp_h9065adb5__0[6U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                         << 0x20U) 
                                        | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))));
    __Vtemp_h9065adb5__0[7U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                          << 0x20U) 
                                         | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+11949,(__Vtemp_h9065adb5__0),256);
    bufp->fullWData(oldp+11957,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+11960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+11964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+11965,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+11966,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+11967,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+11969,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+11970,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+11971,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+11972,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+11973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+11975,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+11977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+11979,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+11980,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+11981,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+11982,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+11983,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+11985,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+11986,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+11987,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+11988,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+11989,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+11991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+11993,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+11994,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+11995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+11996,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+11997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+11999,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+12000,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12001,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12002,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12003,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12007,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+12010,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12013,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12014,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12015,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12016,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12017,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12019,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12021,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12022,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12023,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+12024,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12027,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+12028,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12029,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12030,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12031,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12035,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+12038,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12041,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12042,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12043,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12044,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12045,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12047,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12049,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12050,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+12052,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12055,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+12056,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12057,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12058,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12059,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12061,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12063,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+12066,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12069,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12070,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12071,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12072,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12073,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12075,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+12077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+12141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+12142,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+12143,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+12144,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+12145,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+12146,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+12147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+12148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+12149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+12150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+12151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+12152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+12153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+12154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+12155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+12156,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+12157,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+12158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+12159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+12160,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+12161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+12162,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+12163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+12164,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+12165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+12166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12168,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+12173,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12176,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12177,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12178,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12179,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+12181,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12182,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12184,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+12189,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12191,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12192,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12193,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12195,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12196,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+12197,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12198,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12199,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12200,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12203,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+12205,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12208,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12209,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12210,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12211,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12212,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+12213,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12215,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12216,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12217,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12219,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+12221,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12223,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12224,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12225,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12226,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12227,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12228,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+12229,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+12230,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+12231,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+12233,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+12235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+12237,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+12239,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+12240,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+12241,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+12242,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+12243,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+12244,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+12245,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+12246,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+12247,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+12248,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+12249,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+12250,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+12251,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+12252,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+12253,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+12254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+12255,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+12256,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+12257,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+12258,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+12259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+12262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+12270,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+12271,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+12279,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+12280,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+12281,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+12282,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+12283,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+12284,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+12286,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+12287,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+12288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+12289,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
                                  << 0x23U) | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored)) 
                                                << 0x1eU) 
                                               | (QData)((IData)(
                                                                 (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                                                                   << 0x19U) 
                                                                  | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                                                                      << 0x14U) 
                                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                                                                         << 0xfU) 
                                                                        | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                                                            << 0xaU) 
                                                                           | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                                               << 5U) 
                                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored))))))))))),40);
    bufp->fullBit(oldp+12291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+12292,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+12293,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                  ? 8U : (0xfU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),4);
    __Vtemp_ha746ac15__0[0U] = (IData)((((QData)((IData)(
                                                         (0x7ffU 
                                                          & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                             + 
                                                             (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                               << 2U) 
                                                              + 
                                                              (0x1fU 
                                                               & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                   >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                   ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                   : 
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(
                                                            (0x7ffU 
                                                             & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                + 
                                                                (((IData)(3U) 
                                                                  * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                 + 
                                                                 (0x1fU 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                      >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                      ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                      : 
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                            << 0x21U) 
                                           | (((QData)((IData)(
                                                               (0x7ffU 
                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                   + 
                                                                   (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                     << 1U) 
                                                                    + 
                                                                    (0x1fU 
                                                                     & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                         : 
                                                                        ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                         + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                ((0x3ff800U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xbU)) 
                                                                 | (0x7ffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))));
    __Vtemp_ha746ac15__0[1U] = ((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                  + (((IData)(5U) * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                     + (0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                              << 2U) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(3U) 
                                                                                * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(
                                                                              (0x7ffU 
                                                                               & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               ((0x3ff800U 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))) 
                                                      >> 0x20U)));
    __Vtemp_hf4cf8d25__0[0U] = __Vtemp_ha746ac15__0[0U];
    __Vtemp_hf4cf8d25__0[1U] = __Vtemp_ha746ac15__0[1U];
    __Vtemp_hf4cf8d25__0[2U] = ((0xffe000U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                               + (((IData)(7U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                              << 0xdU)) 
                                | ((0x1ffcU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                + (
                                                   ((IData)(6U) 
                                                    * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                                        : 
                                                       ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                        + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                               << 2U)) 
                                   | (3U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                             + (((IData)(5U) 
                                                 * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                + (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                            >> 9U))));
    bufp->fullWData(oldp+12294,(__Vtemp_hf4cf8d25__0),88);
    bufp->fullSData(oldp+12297,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+12298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+12299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+12302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr),15);
    __Vtemp_h2a4cec21__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]);
    __Vtemp_h2a4cec21__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]) 
                                 | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                    >> 0x10U)) | ((IData)(
                                                          (((QData)((IData)(
                                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                                              << 0x10U) 
                                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                            << 0x20U) 
                                                           | (QData)((IData)(
                                                                             ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                               [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                                               << 0x10U) 
                                                                              | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                                  << 0x10U));
    __Vtemp_h2a4cec21__0[2U] = (((IData)((((QData)((IData)(
                                                           ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                             << 0x10U) 
                                                            | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]))) 
                                           << 0x20U) 
                                          | (QData)((IData)(
                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                              << 0x10U) 
                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                 >> 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              << 0x10U));
    __Vtemp_h2a4cec21__0[3U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              >> 0x10U));
    bufp->fullWData(oldp+12303,(__Vtemp_h2a4cec21__0),128);
    bufp->fullSData(oldp+12307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+12308,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+12309,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+12312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w),128);
    __Vtemp_h079bc036__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h079bc036__0[1U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h079bc036__0[2U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h079bc036__0[3U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h079bc036__0[4U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h079bc036__0[5U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h079bc036__0[6U] = (IData)((((QData)((IData)(
                                                         VL_MULS_III(32, 
                                                                     VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                     VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x))))) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))))));
    __Vtemp_h079bc036__0[7U] = (IData)(((((QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x))))) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           VL_MULS_III(32, 
                                                                       VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                       VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+12316,(__Vtemp_h079bc036__0),256);
    bufp->fullSData(oldp+12324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr),11);
    __Vtemp_hf75a4b74__0[0U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                            << 0x21U) 
                                           | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                  << 0xbU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))));
    __Vtemp_hf75a4b74__0[1U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                                << 0xbU) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))) 
                                                      >> 0x20U)));
    __Vtemp_hf75a4b74__0[2U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb4a64f30__0) 
                                 << 0xdU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8ec2bbf__0) 
                                              << 2U) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                                >> 9U)));
    bufp->fullWData(oldp+12325,(__Vtemp_hf75a4b74__0),88);
    __Vtemp_h1780fc6a__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
    __Vtemp_h1780fc6a__0[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc;
    __Vtemp_h1780fc6a__0[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc;
    __Vtemp_h1780fc6a__0[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc;
    __Vtemp_h1780fc6a__0[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc;
    __Vtemp_h1780fc6a__0[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc;
    __Vtemp_h1780fc6a__0[6U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                         << 0x20U) 
                                        | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))));
    __Vtemp_h1780fc6a__0[7U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                          << 0x20U) 
                                         | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+12328,(__Vtemp_h1780fc6a__0),256);
    bufp->fullWData(oldp+12336,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+12339,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+12343,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12344,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+12345,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12346,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12348,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+12349,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12350,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12351,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+12354,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12358,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12359,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+12361,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12364,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12365,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12366,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12367,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12368,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12370,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12372,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12373,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+12375,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12378,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+12379,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12380,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12381,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12382,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12386,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+12389,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12392,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12393,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12394,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12395,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12396,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12400,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+12403,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12406,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+12407,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12408,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12409,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12410,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12412,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12414,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+12417,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12420,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12421,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12422,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12423,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12424,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12426,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12428,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12430,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+12431,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12434,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+12435,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12436,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12437,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12438,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12440,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12442,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+12445,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12448,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12449,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12450,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12451,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12452,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+12456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+12520,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+12521,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+12522,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+12523,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+12524,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+12525,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+12526,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+12527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+12528,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+12529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+12530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+12531,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+12532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+12533,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+12534,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+12535,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+12536,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+12537,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+12538,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+12539,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+12540,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+12541,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+12542,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+12543,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+12544,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+12545,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12546,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12547,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12548,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12549,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12550,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12551,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+12552,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12553,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12554,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12555,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12556,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12557,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12558,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12559,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+12560,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12561,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12562,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12563,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12564,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12565,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12566,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12567,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+12568,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12569,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12570,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12571,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12572,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12573,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12574,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12575,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+12576,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12577,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12578,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12579,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+12584,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12585,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12586,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12587,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12589,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12590,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+12592,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12593,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12595,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12597,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+12600,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12603,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12604,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12605,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12606,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12607,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+12608,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+12609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+12610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+12612,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+12614,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+12616,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+12618,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+12619,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+12620,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+12621,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+12622,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+12623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+12624,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+12625,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+12626,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+12627,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+12628,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+12629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+12630,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+12631,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+12632,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+12633,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+12634,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+12635,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+12636,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+12637,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+12638,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+12641,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+12649,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+12650,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+12658,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+12659,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+12660,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+12661,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+12662,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+12663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+12665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+12666,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+12667,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+12668,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
                                  << 0x23U) | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored)) 
                                                << 0x1eU) 
                                               | (QData)((IData)(
                                                                 (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                                                                   << 0x19U) 
                                                                  | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                                                                      << 0x14U) 
                                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                                                                         << 0xfU) 
                                                                        | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                                                            << 0xaU) 
                                                                           | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                                               << 5U) 
                                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored))))))))))),40);
    bufp->fullBit(oldp+12670,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+12671,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+12672,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                  ? 8U : (0xfU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),4);
    __Vtemp_ha359490c__0[0U] = (IData)((((QData)((IData)(
                                                         (0x7ffU 
                                                          & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                             + 
                                                             (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                               << 2U) 
                                                              + 
                                                              (0x1fU 
                                                               & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                   >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                   ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                   : 
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(
                                                            (0x7ffU 
                                                             & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                + 
                                                                (((IData)(3U) 
                                                                  * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                 + 
                                                                 (0x1fU 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                      >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                      ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                      : 
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                            << 0x21U) 
                                           | (((QData)((IData)(
                                                               (0x7ffU 
                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                   + 
                                                                   (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                     << 1U) 
                                                                    + 
                                                                    (0x1fU 
                                                                     & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                         : 
                                                                        ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                         + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                ((0x3ff800U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xbU)) 
                                                                 | (0x7ffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))));
    __Vtemp_ha359490c__0[1U] = ((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                  + (((IData)(5U) * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                     + (0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                              << 2U) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(3U) 
                                                                                * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(
                                                                              (0x7ffU 
                                                                               & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               ((0x3ff800U 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))) 
                                                      >> 0x20U)));
    __Vtemp_h5b730a38__0[0U] = __Vtemp_ha359490c__0[0U];
    __Vtemp_h5b730a38__0[1U] = __Vtemp_ha359490c__0[1U];
    __Vtemp_h5b730a38__0[2U] = ((0xffe000U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                               + (((IData)(7U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                              << 0xdU)) 
                                | ((0x1ffcU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                + (
                                                   ((IData)(6U) 
                                                    * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                                        : 
                                                       ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                        + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                               << 2U)) 
                                   | (3U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                             + (((IData)(5U) 
                                                 * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                + (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                            >> 9U))));
    bufp->fullWData(oldp+12673,(__Vtemp_h5b730a38__0),88);
    bufp->fullSData(oldp+12676,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+12677,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+12678,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+12681,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr),15);
    __Vtemp_h89942392__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]);
    __Vtemp_h89942392__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]) 
                                 | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                    >> 0x10U)) | ((IData)(
                                                          (((QData)((IData)(
                                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                                              << 0x10U) 
                                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                            << 0x20U) 
                                                           | (QData)((IData)(
                                                                             ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                               [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                                               << 0x10U) 
                                                                              | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                                  << 0x10U));
    __Vtemp_h89942392__0[2U] = (((IData)((((QData)((IData)(
                                                           ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                             << 0x10U) 
                                                            | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]))) 
                                           << 0x20U) 
                                          | (QData)((IData)(
                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                              << 0x10U) 
                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                 >> 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              << 0x10U));
    __Vtemp_h89942392__0[3U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              >> 0x10U));
    bufp->fullWData(oldp+12682,(__Vtemp_h89942392__0),128);
    bufp->fullSData(oldp+12686,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+12687,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+12688,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+12691,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w),128);
    __Vtemp_h5c721736__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5c721736__0[1U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5c721736__0[2U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5c721736__0[3U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5c721736__0[4U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5c721736__0[5U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h5c721736__0[6U] = (IData)((((QData)((IData)(
                                                         VL_MULS_III(32, 
                                                                     VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                     VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x))))) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))))));
    __Vtemp_h5c721736__0[7U] = (IData)(((((QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x))))) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           VL_MULS_III(32, 
                                                                       VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                       VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+12695,(__Vtemp_h5c721736__0),256);
    bufp->fullSData(oldp+12703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr),11);
    __Vtemp_h4fa4012f__0[0U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                            << 0x21U) 
                                           | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                  << 0xbU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))));
    __Vtemp_h4fa4012f__0[1U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                                << 0xbU) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))) 
                                                      >> 0x20U)));
    __Vtemp_h4fa4012f__0[2U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb4a64f30__0) 
                                 << 0xdU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8ec2bbf__0) 
                                              << 2U) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                                >> 9U)));
    bufp->fullWData(oldp+12704,(__Vtemp_h4fa4012f__0),88);
    __Vtemp_h35c88d97__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
    __Vtemp_h35c88d97__0[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc;
    __Vtemp_h35c88d97__0[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc;
    __Vtemp_h35c88d97__0[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc;
    __Vtemp_h35c88d97__0[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc;
    __Vtemp_h35c88d97__0[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc;
    __Vtemp_h35c88d97__0[6U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                         << 0x20U) 
                                        | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))));
    __Vtemp_h35c88d97__0[7U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                          << 0x20U) 
                                         | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+12707,(__Vtemp_h35c88d97__0),256);
    bufp->fullWData(oldp+12715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+12718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+12722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+12724,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12725,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12727,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+12728,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12729,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12730,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+12733,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12737,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12738,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+12740,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12741,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12743,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12744,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12745,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12746,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12747,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12751,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+12754,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12757,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+12758,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12759,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12760,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12761,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12765,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+12768,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12771,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12772,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12773,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12774,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12775,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12779,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+12782,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12785,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+12786,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12787,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12788,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12789,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12793,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+12796,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12799,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12800,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12801,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12802,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12803,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12807,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+12810,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12813,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+12814,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12815,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12816,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12817,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12819,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12821,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+12824,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12827,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12828,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12829,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12830,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12831,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12833,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+12835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+12899,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+12900,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+12901,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+12902,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+12903,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+12904,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+12905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+12906,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+12907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+12908,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+12909,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+12910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+12911,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+12912,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+12913,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+12914,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+12915,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+12916,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+12917,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+12918,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+12919,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+12920,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+12921,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+12922,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+12923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+12924,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12925,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12926,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12927,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12928,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12929,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+12931,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12932,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12933,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12934,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12935,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12936,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12938,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+12939,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12940,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12941,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12942,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12944,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12946,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+12947,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12948,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12949,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12950,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12951,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12952,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12953,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12954,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+12955,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12956,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12957,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12958,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12959,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12961,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12962,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+12963,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12965,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12966,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12967,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12968,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12969,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12970,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+12971,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12972,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12974,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12975,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12976,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12978,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+12979,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12980,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12981,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12982,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12983,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12984,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12985,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12986,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+12987,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+12988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+12989,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+12991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+12993,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+12995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+12997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+12998,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+12999,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+13000,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+13001,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+13002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+13003,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+13004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+13005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+13006,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+13007,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+13008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+13009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+13010,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+13011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+13012,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+13013,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+13014,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+13015,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+13016,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+13017,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+13020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+13028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+13029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+13037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+13038,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+13039,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+13040,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+13041,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+13042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+13044,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+13045,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+13046,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+13047,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
                                  << 0x23U) | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored)) 
                                                << 0x1eU) 
                                               | (QData)((IData)(
                                                                 (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored) 
                                                                   << 0x19U) 
                                                                  | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored) 
                                                                      << 0x14U) 
                                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored) 
                                                                         << 0xfU) 
                                                                        | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                                                            << 0xaU) 
                                                                           | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                                               << 5U) 
                                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored))))))))))),40);
    bufp->fullBit(oldp+13049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+13050,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+13051,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                  ? 8U : (0xfU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),4);
    __Vtemp_he8b9676c__0[0U] = (IData)((((QData)((IData)(
                                                         (0x7ffU 
                                                          & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                             + 
                                                             (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                               << 2U) 
                                                              + 
                                                              (0x1fU 
                                                               & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                   >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                   ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                   : 
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(
                                                            (0x7ffU 
                                                             & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                + 
                                                                (((IData)(3U) 
                                                                  * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                 + 
                                                                 (0x1fU 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                      >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                      ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                      : 
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                            << 0x21U) 
                                           | (((QData)((IData)(
                                                               (0x7ffU 
                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                   + 
                                                                   (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                     << 1U) 
                                                                    + 
                                                                    (0x1fU 
                                                                     & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                         : 
                                                                        ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                         + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                ((0x3ff800U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xbU)) 
                                                                 | (0x7ffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x1fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))));
    __Vtemp_he8b9676c__0[1U] = ((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                  + (((IData)(5U) * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                     + (0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(
                                                                        (0x7ffU 
                                                                         & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                            + 
                                                                            (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                              << 2U) 
                                                                             + 
                                                                             (0x1fU 
                                                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(
                                                                           (0x7ffU 
                                                                            & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                               + 
                                                                               (((IData)(3U) 
                                                                                * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(
                                                                              (0x7ffU 
                                                                               & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                << 1U) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               ((0x3ff800U 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                                << 0xbU)) 
                                                                                | (0x7ffU 
                                                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                                + 
                                                                                (0x1fU 
                                                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                                >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                                                                 : 
                                                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))))))))) 
                                                      >> 0x20U)));
    __Vtemp_h7513e311__0[0U] = __Vtemp_he8b9676c__0[0U];
    __Vtemp_h7513e311__0[1U] = __Vtemp_he8b9676c__0[1U];
    __Vtemp_h7513e311__0[2U] = ((0xffe000U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                               + (((IData)(7U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                              << 0xdU)) 
                                | ((0x1ffcU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                + (
                                                   ((IData)(6U) 
                                                    * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                   + 
                                                   (0x1fU 
                                                    & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                        >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                                        : 
                                                       ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                        + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                               << 2U)) 
                                   | (3U & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                             + (((IData)(5U) 
                                                 * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                + (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                            >> 9U))));
    bufp->fullWData(oldp+13052,(__Vtemp_h7513e311__0),88);
    bufp->fullSData(oldp+13055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+13056,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+13057,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+13060,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr),15);
    __Vtemp_h334c2091__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]);
    __Vtemp_h334c2091__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]) 
                                 | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                    >> 0x10U)) | ((IData)(
                                                          (((QData)((IData)(
                                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                                              << 0x10U) 
                                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                            << 0x20U) 
                                                           | (QData)((IData)(
                                                                             ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                               [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                                               << 0x10U) 
                                                                              | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                                  << 0x10U));
    __Vtemp_h334c2091__0[2U] = (((IData)((((QData)((IData)(
                                                           ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                             << 0x10U) 
                                                            | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]))) 
                                           << 0x20U) 
                                          | (QData)((IData)(
                                                            ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                              [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                              << 0x10U) 
                                                             | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]))))) 
                                 >> 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              << 0x10U));
    __Vtemp_h334c2091__0[3U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem
                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                 << 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                                           << 0x10U) 
                                                                          | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem
                                                                          [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem
                                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                                                            << 0x10U) 
                                                                           | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem
                                                                           [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr])))) 
                                                       >> 0x20U)) 
                                              >> 0x10U));
    bufp->fullWData(oldp+13061,(__Vtemp_h334c2091__0),128);
    bufp->fullSData(oldp+13065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+13066,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+13067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+13070,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w),128);
    __Vtemp_h3ee92227__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h3ee92227__0[1U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h3ee92227__0[2U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h3ee92227__0[3U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h3ee92227__0[4U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h3ee92227__0[5U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                              >> 0x10U)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
    __Vtemp_h3ee92227__0[6U] = (IData)((((QData)((IData)(
                                                         VL_MULS_III(32, 
                                                                     VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                     VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x))))) 
                                         << 0x20U) 
                                        | (QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))))));
    __Vtemp_h3ee92227__0[7U] = (IData)(((((QData)((IData)(
                                                          VL_MULS_III(32, 
                                                                      VL_EXTENDS_II(32,16, 
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                                >> 0x10U)), 
                                                                      VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x))))) 
                                          << 0x20U) 
                                         | (QData)((IData)(
                                                           VL_MULS_III(32, 
                                                                       VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                                                       VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+13074,(__Vtemp_h3ee92227__0),256);
    bufp->fullSData(oldp+13082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr),11);
    __Vtemp_h5a866b33__0[0U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                         << 0x2cU) 
                                        | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                            << 0x21U) 
                                           | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                               << 0x16U) 
                                              | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                  << 0xbU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))));
    __Vtemp_h5a866b33__0[1U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                 << 0x17U) | (IData)(
                                                     ((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb83af3f2__0)) 
                                                        << 0x2cU) 
                                                       | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb82e2896__0)) 
                                                           << 0x21U) 
                                                          | (((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb879cc2f__0)) 
                                                              << 0x16U) 
                                                             | (QData)((IData)(
                                                                               (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbca75e2__0) 
                                                                                << 0xbU) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10347a__0))))))) 
                                                      >> 0x20U)));
    __Vtemp_h5a866b33__0[2U] = (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb4a64f30__0) 
                                 << 0xdU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8ec2bbf__0) 
                                              << 2U) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hb8073b1c__0) 
                                                >> 9U)));
    bufp->fullWData(oldp+13083,(__Vtemp_h5a866b33__0),88);
    __Vtemp_h7b48e7ea__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
    __Vtemp_h7b48e7ea__0[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc;
    __Vtemp_h7b48e7ea__0[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc;
    __Vtemp_h7b48e7ea__0[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc;
    __Vtemp_h7b48e7ea__0[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc;
    __Vtemp_h7b48e7ea__0[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc;
    __Vtemp_h7b48e7ea__0[6U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                         << 0x20U) 
                                        | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))));
    __Vtemp_h7b48e7ea__0[7U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)) 
                                          << 0x20U) 
                                         | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc))) 
                                        >> 0x20U));
    bufp->fullWData(oldp+13086,(__Vtemp_h7b48e7ea__0),256);
    bufp->fullWData(oldp+13094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+13097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+13101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+13103,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13104,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13106,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+13107,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13108,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13109,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+13112,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13116,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+13119,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13122,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13123,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13124,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13125,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13126,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13130,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+13133,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13136,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+13137,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13138,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13139,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13140,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13144,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+13147,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13150,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13151,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13152,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13153,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13154,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13158,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+13161,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13164,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+13165,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13166,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13167,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13168,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13172,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+13175,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13178,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13179,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13180,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13181,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13182,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13184,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13186,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+13189,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13192,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+13193,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13194,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13195,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13196,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13198,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13200,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+13203,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13206,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13207,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13208,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13209,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13210,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13212,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+13214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+13278,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+13279,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+13280,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+13281,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+13282,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+13283,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+13284,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+13285,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+13286,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+13287,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+13288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+13289,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+13290,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+13291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+13292,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+13293,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+13294,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+13295,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+13296,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+13297,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+13298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+13299,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+13300,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+13301,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+13302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+13303,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13304,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13305,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13308,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13309,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+13310,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13311,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13313,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13314,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13315,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13316,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13317,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+13318,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13319,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13320,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13321,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13322,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13323,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13325,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+13326,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13327,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13328,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13329,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13330,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13331,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13332,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13333,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+13334,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13335,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13336,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13337,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13338,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13339,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13340,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13341,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+13342,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13343,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13344,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13345,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13346,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13347,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13348,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13349,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+13350,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13351,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13353,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13354,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13355,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13357,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+13358,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13359,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13361,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13364,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13365,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+13366,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+13367,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+13368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+13370,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+13372,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+13374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+13376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+13377,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullIData(oldp+13378,(0x20U),32);
    bufp->fullIData(oldp+13379,(8U),32);
    bufp->fullIData(oldp+13380,(4U),32);
    bufp->fullIData(oldp+13381,(0x10U),32);
    bufp->fullIData(oldp+13382,(0x1000U),32);
    bufp->fullIData(oldp+13383,(5U),32);
    bufp->fullIData(oldp+13384,(6U),32);
    bufp->fullIData(oldp+13385,(0xdU),32);
    bufp->fullIData(oldp+13386,(0x100U),32);
    bufp->fullIData(oldp+13387,(9U),32);
    bufp->fullIData(oldp+13388,(2U),32);
    bufp->fullIData(oldp+13389,(0xbU),32);
    bufp->fullIData(oldp+13390,(0xfU),32);
    bufp->fullIData(oldp+13391,(3U),32);
    bufp->fullCData(oldp+13392,(0U),2);
    bufp->fullCData(oldp+13393,(1U),2);
    bufp->fullCData(oldp+13394,(2U),2);
    bufp->fullCData(oldp+13395,(3U),2);
    bufp->fullCData(oldp+13396,(0U),5);
    bufp->fullCData(oldp+13397,(0xaU),5);
    bufp->fullCData(oldp+13398,(0xbU),5);
    bufp->fullCData(oldp+13399,(0xcU),5);
    bufp->fullCData(oldp+13400,(0xdU),5);
    bufp->fullCData(oldp+13401,(0xeU),5);
    bufp->fullCData(oldp+13402,(0xfU),5);
    bufp->fullCData(oldp+13403,(0x10U),5);
    bufp->fullCData(oldp+13404,(0x11U),5);
    bufp->fullCData(oldp+13405,(0x12U),5);
    bufp->fullCData(oldp+13406,(0x13U),5);
    bufp->fullCData(oldp+13407,(1U),5);
    bufp->fullCData(oldp+13408,(0x14U),5);
    bufp->fullCData(oldp+13409,(0x15U),5);
    bufp->fullCData(oldp+13410,(0x16U),5);
    bufp->fullCData(oldp+13411,(0x17U),5);
    bufp->fullCData(oldp+13412,(0x18U),5);
    bufp->fullCData(oldp+13413,(0x19U),5);
    bufp->fullCData(oldp+13414,(0x1aU),5);
    bufp->fullCData(oldp+13415,(0x1bU),5);
    bufp->fullCData(oldp+13416,(0x1cU),5);
    bufp->fullCData(oldp+13417,(0x1dU),5);
    bufp->fullCData(oldp+13418,(2U),5);
    bufp->fullCData(oldp+13419,(0x1eU),5);
    bufp->fullCData(oldp+13420,(0x1fU),5);
    bufp->fullCData(oldp+13421,(3U),5);
    bufp->fullCData(oldp+13422,(4U),5);
    bufp->fullCData(oldp+13423,(5U),5);
    bufp->fullCData(oldp+13424,(6U),5);
    bufp->fullCData(oldp+13425,(7U),5);
    bufp->fullCData(oldp+13426,(8U),5);
    bufp->fullCData(oldp+13427,(9U),5);
    bufp->fullIData(oldp+13428,(0x10U),32);
    bufp->fullSData(oldp+13429,(0x10U),14);
    bufp->fullCData(oldp+13430,(0U),4);
    bufp->fullCData(oldp+13431,(0xaU),4);
    bufp->fullCData(oldp+13432,(0xbU),4);
    bufp->fullCData(oldp+13433,(0xcU),4);
    bufp->fullCData(oldp+13434,(0xdU),4);
    bufp->fullCData(oldp+13435,(0xeU),4);
    bufp->fullCData(oldp+13436,(0xfU),4);
    bufp->fullCData(oldp+13437,(1U),4);
    bufp->fullCData(oldp+13438,(2U),4);
    bufp->fullCData(oldp+13439,(3U),4);
    bufp->fullCData(oldp+13440,(4U),4);
    bufp->fullCData(oldp+13441,(5U),4);
    bufp->fullCData(oldp+13442,(6U),4);
    bufp->fullCData(oldp+13443,(7U),4);
    bufp->fullCData(oldp+13444,(8U),4);
    bufp->fullCData(oldp+13445,(9U),4);
    bufp->fullIData(oldp+13446,(0x34U),32);
    bufp->fullIData(oldp+13447,(8U),32);
    bufp->fullIData(oldp+13448,(4U),32);
    bufp->fullCData(oldp+13449,(7U),6);
    bufp->fullCData(oldp+13450,(8U),6);
    bufp->fullSData(oldp+13451,(8U),11);
    bufp->fullCData(oldp+13452,(4U),3);
    bufp->fullSData(oldp+13453,(0U),11);
    bufp->fullIData(oldp+13454,(0x21U),32);
    bufp->fullQData(oldp+13455,(0x7fffffffULL),33);
    bufp->fullQData(oldp+13457,(0x180000000ULL),33);
    bufp->fullIData(oldp+13459,(0x7fffffffU),32);
    bufp->fullIData(oldp+13460,(0x80000000U),32);
    bufp->fullQData(oldp+13461,(0x7fffULL),33);
    bufp->fullQData(oldp+13463,(0x1ffff8000ULL),33);
    bufp->fullSData(oldp+13465,(1U),11);
    bufp->fullSData(oldp+13466,(2U),11);
    bufp->fullSData(oldp+13467,(3U),11);
    bufp->fullSData(oldp+13468,(4U),11);
    bufp->fullSData(oldp+13469,(5U),11);
    bufp->fullSData(oldp+13470,(6U),11);
    bufp->fullSData(oldp+13471,(7U),11);
    bufp->fullIData(oldp+13472,(1U),32);
    bufp->fullCData(oldp+13473,(0U),3);
    bufp->fullCData(oldp+13474,(1U),3);
    bufp->fullCData(oldp+13475,(2U),3);
    bufp->fullCData(oldp+13476,(3U),3);
    bufp->fullCData(oldp+13477,(5U),3);
    bufp->fullCData(oldp+13478,(6U),3);
    bufp->fullCData(oldp+13479,(7U),3);
    bufp->fullIData(oldp+13480,(3U),32);
}
