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
    bufp->fullCData(oldp+11899,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+11900,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+11901,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+11902,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+11903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+11904,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+11905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+11906,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+11907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+11908,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+11909,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+11910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+11911,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+11912,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+11913,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+11914,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+11915,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+11916,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+11917,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+11918,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+11919,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+11920,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+11921,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+11922,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+11923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+11924,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+11926,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+11928,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+11930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+11932,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+11933,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+11934,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+11935,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+11936,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+11937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+11938,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+11939,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+11940,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+11941,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+11942,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+11943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+11944,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+11945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+11946,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+11947,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+11948,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+11949,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+11950,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+11951,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+11952,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+11955,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+11963,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+11964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+11972,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+11973,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+11974,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+11975,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+11976,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+11977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+11979,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+11980,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+11981,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+11982,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
    bufp->fullBit(oldp+11984,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+11985,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+11986,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
    bufp->fullWData(oldp+11987,(__Vtemp_h3d358329__0),88);
    bufp->fullSData(oldp+11990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+11991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+11992,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+11995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr),15);
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
    bufp->fullWData(oldp+11996,(__Vtemp_h1ff8f53c__0),128);
    bufp->fullSData(oldp+12000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+12001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+12002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+12005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w),128);
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
    bufp->fullWData(oldp+12009,(__Vtemp_h5d27545a__0),256);
    bufp->fullSData(oldp+12017,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr),11);
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
    bufp->fullWData(oldp+12018,(__Vtemp_h0ee50048__0),88);
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
    bufp->fullWData(oldp+12021,(__Vtemp_h9065adb5__0),256);
    bufp->fullWData(oldp+12029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+12032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+12036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+12038,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12041,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+12042,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12043,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12044,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12045,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+12047,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12051,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12052,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+12054,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12057,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12058,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12059,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12060,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12061,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12063,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12065,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12066,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+12068,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12069,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12071,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+12072,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12073,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12074,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12075,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12079,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+12082,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12085,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12086,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12087,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12088,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12089,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12091,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12093,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+12096,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12099,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+12100,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12101,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12102,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12103,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12107,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+12110,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12113,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12114,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12115,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12116,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12117,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12121,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+12124,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12127,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+12128,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12129,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12130,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12131,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12133,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12135,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12136,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+12138,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12141,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12142,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12143,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12144,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12145,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+12149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+12213,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+12214,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+12215,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+12216,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+12217,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+12218,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+12219,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+12220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+12221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+12222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+12223,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+12224,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+12225,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+12226,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+12227,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+12228,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+12229,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+12230,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+12231,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+12232,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+12233,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+12234,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+12235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+12236,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+12237,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+12238,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12239,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12240,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12241,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12242,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12243,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12244,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+12245,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12246,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12247,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12248,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12249,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12250,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12251,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12252,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+12253,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12255,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12256,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12257,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12258,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12260,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+12261,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12263,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12264,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12265,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12266,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12267,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12268,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+12269,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12270,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12271,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12272,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12273,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12274,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12275,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12276,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+12277,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12278,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12279,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12280,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12281,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12282,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12283,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12284,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+12285,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12286,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12287,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12288,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12289,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12290,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12292,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+12293,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12294,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12295,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12296,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12297,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12300,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+12301,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+12302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+12303,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+12305,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+12307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+12309,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+12311,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+12312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+12313,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+12314,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+12315,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+12316,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+12317,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+12318,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+12319,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+12320,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+12321,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+12322,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+12323,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+12324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+12325,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+12326,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+12327,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+12328,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+12329,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+12330,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+12331,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+12334,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+12342,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+12343,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+12351,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+12352,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+12353,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+12354,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+12355,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+12356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+12358,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+12359,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+12360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+12361,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
    bufp->fullBit(oldp+12363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+12364,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+12365,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
    bufp->fullWData(oldp+12366,(__Vtemp_hf4cf8d25__0),88);
    bufp->fullSData(oldp+12369,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+12370,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+12371,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+12374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr),15);
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
    bufp->fullWData(oldp+12375,(__Vtemp_h2a4cec21__0),128);
    bufp->fullSData(oldp+12379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+12380,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+12381,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+12384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w),128);
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
    bufp->fullWData(oldp+12388,(__Vtemp_h079bc036__0),256);
    bufp->fullSData(oldp+12396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr),11);
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
    bufp->fullWData(oldp+12397,(__Vtemp_hf75a4b74__0),88);
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
    bufp->fullWData(oldp+12400,(__Vtemp_h1780fc6a__0),256);
    bufp->fullWData(oldp+12408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+12411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+12415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+12417,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12420,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+12421,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12422,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12423,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+12426,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12430,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+12433,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12434,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12436,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12437,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12438,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12439,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12440,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12444,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+12447,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12450,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+12451,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12452,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12453,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12454,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12458,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+12461,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12464,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12465,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12466,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12467,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12468,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12472,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+12475,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12478,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+12479,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12480,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12481,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12482,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12486,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12488,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+12489,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12492,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12493,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12494,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12495,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12496,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12500,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12501,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12502,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+12503,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12504,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12506,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+12507,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12508,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12509,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12510,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12512,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12514,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12515,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+12517,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12520,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12521,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12522,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12523,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12524,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12526,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+12528,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+12592,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+12593,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+12594,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+12595,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+12596,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+12597,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+12598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+12599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+12600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+12601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+12602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+12603,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+12604,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+12605,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+12606,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+12607,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+12608,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+12609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+12610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+12611,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+12612,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+12613,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+12614,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+12615,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+12616,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+12617,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12618,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12619,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12620,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12621,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12622,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+12624,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12625,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12626,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12627,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12628,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12630,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12631,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+12632,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12633,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12634,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12635,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12636,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12637,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12638,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12639,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+12640,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12641,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12642,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12643,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12644,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12645,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12646,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12647,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+12648,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12649,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12650,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12651,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12652,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12653,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12654,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12655,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+12656,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12657,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12658,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12659,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12660,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12661,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12662,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+12664,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12667,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12668,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12669,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12670,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12671,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+12672,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+12673,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12674,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12675,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12676,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+12677,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+12678,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+12679,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+12680,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+12681,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+12682,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+12684,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+12686,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+12688,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+12690,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+12691,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+12692,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+12693,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+12694,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+12695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+12696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+12697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+12698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+12699,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+12700,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+12701,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+12702,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+12703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+12704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+12705,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+12706,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+12707,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+12708,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+12709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+12710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+12713,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+12721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+12722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+12730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+12731,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+12732,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+12733,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+12734,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+12735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+12737,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+12738,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+12739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+12740,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
    bufp->fullBit(oldp+12742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+12743,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+12744,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
    bufp->fullWData(oldp+12745,(__Vtemp_h5b730a38__0),88);
    bufp->fullSData(oldp+12748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+12749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+12750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+12753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr),15);
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
    bufp->fullWData(oldp+12754,(__Vtemp_h89942392__0),128);
    bufp->fullSData(oldp+12758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+12759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+12760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+12763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w),128);
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
    bufp->fullWData(oldp+12767,(__Vtemp_h5c721736__0),256);
    bufp->fullSData(oldp+12775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr),11);
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
    bufp->fullWData(oldp+12776,(__Vtemp_h4fa4012f__0),88);
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
    bufp->fullWData(oldp+12779,(__Vtemp_h35c88d97__0),256);
    bufp->fullWData(oldp+12787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+12790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+12794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+12796,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12799,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+12800,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12801,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12802,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+12805,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12809,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+12812,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12815,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12816,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12817,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12818,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12819,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12821,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12823,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+12826,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12829,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+12830,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12831,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12832,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12833,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12837,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+12840,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12843,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12844,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12845,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12846,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12847,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12851,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12853,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+12854,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12855,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12857,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+12858,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12859,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12860,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12861,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12863,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12865,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12866,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12867,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+12868,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12871,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12872,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12873,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12874,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12875,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12877,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12879,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12880,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12881,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+12882,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12885,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+12886,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12887,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12888,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12889,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12891,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+12893,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+12894,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+12895,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+12896,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+12897,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+12899,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+12900,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+12901,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+12902,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+12903,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+12905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+12907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+12971,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+12972,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+12973,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+12974,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+12975,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+12976,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+12977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+12978,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+12979,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+12980,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+12981,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+12982,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+12983,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+12984,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+12985,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+12986,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+12987,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+12988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+12989,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+12990,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+12991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+12992,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+12993,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+12994,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+12995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+12996,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+12997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+12998,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+12999,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+13003,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13006,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13007,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13010,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+13011,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13012,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13013,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13014,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13015,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13016,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13017,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13018,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+13019,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13021,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13022,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13023,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13024,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13026,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+13027,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13030,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13031,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13034,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+13035,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13038,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13040,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13041,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+13043,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13044,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13045,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13046,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13047,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13048,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13050,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+13051,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13052,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13054,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13056,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13057,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13058,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+13059,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+13060,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+13061,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+13063,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+13065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+13067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+13069,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+13070,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+13071,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+13072,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+13073,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+13074,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+13075,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+13076,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+13077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_j),13);
    bufp->fullCData(oldp+13078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot),2);
    bufp->fullBit(oldp+13079,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+13080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_j),13);
    bufp->fullCData(oldp+13081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_slot),2);
    bufp->fullBit(oldp+13082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+13083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_j),13);
    bufp->fullCData(oldp+13084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_slot),2);
    bufp->fullBit(oldp+13085,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+13086,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_j),13);
    bufp->fullCData(oldp+13087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_slot),2);
    bufp->fullCData(oldp+13088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_active),4);
    bufp->fullWData(oldp+13089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows),88);
    bufp->fullWData(oldp+13092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products),256);
    bufp->fullCData(oldp+13100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_we),8);
    bufp->fullWData(oldp+13101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata),256);
    bufp->fullCData(oldp+13109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_out_we),8);
    bufp->fullCData(oldp+13110,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                       >> 3U))),6);
    bufp->fullCData(oldp+13111,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                       >> 3U))),2);
    bufp->fullSData(oldp+13112,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__rows),11);
    bufp->fullBit(oldp+13113,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                     >> 5U))))));
    bufp->fullQData(oldp+13114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head),52);
    bufp->fullBit(oldp+13116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+13117,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+13118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__k_addr),15);
    bufp->fullQData(oldp+13119,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
    bufp->fullBit(oldp+13121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+13122,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
    bufp->fullCData(oldp+13123,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
    bufp->fullWData(oldp+13124,(__Vtemp_h7513e311__0),88);
    bufp->fullSData(oldp+13127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+13128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_active),4);
    bufp->fullWData(oldp+13129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_rows),88);
    bufp->fullSData(oldp+13132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr),15);
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
    bufp->fullWData(oldp+13133,(__Vtemp_h334c2091__0),128);
    bufp->fullSData(oldp+13137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+13138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_active),4);
    bufp->fullWData(oldp+13139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_rows),88);
    bufp->fullWData(oldp+13142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w),128);
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
    bufp->fullWData(oldp+13146,(__Vtemp_h3ee92227__0),256);
    bufp->fullSData(oldp+13154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr),11);
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
    bufp->fullWData(oldp+13155,(__Vtemp_h5a866b33__0),88);
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
    bufp->fullWData(oldp+13158,(__Vtemp_h7b48e7ea__0),256);
    bufp->fullWData(oldp+13166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_waddr),88);
    bufp->fullWData(oldp+13169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_wdata),128);
    bufp->fullIData(oldp+13173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+13175,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13178,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])),16);
    bufp->fullIData(oldp+13179,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13180,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13181,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13182,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+13184,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13188,((0x7ffU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+13191,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13192,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13194,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13195,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13196,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13197,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13198,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13200,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13202,((0x7ffU & ((IData)(2U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13203,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+13205,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13208,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])),16);
    bufp->fullIData(oldp+13209,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13210,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13211,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13212,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13216,((0x7ffU & ((IData)(3U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13217,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[3U]),32);
    bufp->fullIData(oldp+13219,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13222,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13223,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13224,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13225,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13226,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13228,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13230,((0x7ffU & ((IData)(4U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13231,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[4U]),32);
    bufp->fullIData(oldp+13233,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13234,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13236,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])),16);
    bufp->fullIData(oldp+13237,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13238,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13239,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13240,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13242,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13244,((0x7ffU & ((IData)(5U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13245,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13246,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[5U]),32);
    bufp->fullIData(oldp+13247,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13248,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13250,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13251,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13252,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13253,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13254,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13256,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13258,((0x7ffU & ((IData)(6U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13260,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[6U]),32);
    bufp->fullIData(oldp+13261,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13264,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])),16);
    bufp->fullIData(oldp+13265,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (0xffffU 
                                                               & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13266,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13267,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13268,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13270,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+13272,((0x7ffU & ((IData)(7U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
    bufp->fullIData(oldp+13273,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+13274,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[7U]),32);
    bufp->fullIData(oldp+13275,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                  ? 0x7fffffffU : (
                                                   VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                                    ? 0x80000000U
                                                    : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+13276,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+13278,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                 >> 0x10U)),16);
    bufp->fullIData(oldp+13279,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                               >> 0x10U)), 
                                            VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+13280,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                  ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                ? 0x8000U
                                                : (0xffffU 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+13281,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                  ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+13282,((0x1ffffffffULL & (
                                                   (((QData)((IData)(
                                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                     << 0x20U) 
                                                    | (QData)((IData)(
                                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                        ? 0U
                                                                        : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+13284,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+13286,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
    bufp->fullIData(oldp+13350,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+13351,((0xffffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x24U)))),16);
    bufp->fullSData(oldp+13352,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),13);
    bufp->fullSData(oldp+13353,((0x1fffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xaU)))),13);
    bufp->fullCData(oldp+13354,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 5U)))),5);
    bufp->fullCData(oldp+13355,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head))),5);
    bufp->fullBit(oldp+13356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+13357,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+13358,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
    bufp->fullSData(oldp+13359,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
    bufp->fullCData(oldp+13360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
    bufp->fullCData(oldp+13361,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
    bufp->fullCData(oldp+13362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
    bufp->fullBit(oldp+13363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+13364,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
    bufp->fullSData(oldp+13365,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xaU))))),13);
    bufp->fullCData(oldp+13366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
    bufp->fullCData(oldp+13367,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
    bufp->fullBit(oldp+13368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+13369,((3U & ((IData)(1U) 
                                       + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot)))),2);
    bufp->fullBit(oldp+13370,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+13371,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot) 
                                          << 3U))),6);
    bufp->fullCData(oldp+13372,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+13373,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
    bufp->fullBit(oldp+13374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
    bufp->fullCData(oldp+13375,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13377,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13378,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13380,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13381,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
    bufp->fullCData(oldp+13382,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13383,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13385,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13386,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
    bufp->fullCData(oldp+13390,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13391,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13393,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13397,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
    bufp->fullCData(oldp+13398,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13399,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13401,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13403,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
    bufp->fullCData(oldp+13406,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13407,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13409,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13410,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13412,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
    bufp->fullCData(oldp+13414,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13417,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13421,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
    bufp->fullCData(oldp+13422,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13425,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13426,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
    bufp->fullCData(oldp+13430,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullCData(oldp+13431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
    bufp->fullCData(oldp+13432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
    bufp->fullCData(oldp+13433,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
    bufp->fullCData(oldp+13434,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
    bufp->fullCData(oldp+13435,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
    bufp->fullCData(oldp+13436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
    bufp->fullCData(oldp+13437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
    bufp->fullCData(oldp+13438,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
    bufp->fullIData(oldp+13439,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+13440,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
    bufp->fullQData(oldp+13442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
    bufp->fullQData(oldp+13444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
    bufp->fullQData(oldp+13446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
    bufp->fullCData(oldp+13448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+13449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullIData(oldp+13450,(0x20U),32);
    bufp->fullIData(oldp+13451,(8U),32);
    bufp->fullIData(oldp+13452,(4U),32);
    bufp->fullIData(oldp+13453,(0x10U),32);
    bufp->fullIData(oldp+13454,(0x1000U),32);
    bufp->fullIData(oldp+13455,(5U),32);
    bufp->fullIData(oldp+13456,(6U),32);
    bufp->fullIData(oldp+13457,(0xdU),32);
    bufp->fullIData(oldp+13458,(0x100U),32);
    bufp->fullIData(oldp+13459,(9U),32);
    bufp->fullIData(oldp+13460,(2U),32);
    bufp->fullIData(oldp+13461,(0xbU),32);
    bufp->fullIData(oldp+13462,(0xfU),32);
    bufp->fullIData(oldp+13463,(3U),32);
    bufp->fullCData(oldp+13464,(0U),2);
    bufp->fullCData(oldp+13465,(1U),2);
    bufp->fullCData(oldp+13466,(2U),2);
    bufp->fullCData(oldp+13467,(3U),2);
    bufp->fullCData(oldp+13468,(0U),5);
    bufp->fullCData(oldp+13469,(0xaU),5);
    bufp->fullCData(oldp+13470,(0xbU),5);
    bufp->fullCData(oldp+13471,(0xcU),5);
    bufp->fullCData(oldp+13472,(0xdU),5);
    bufp->fullCData(oldp+13473,(0xeU),5);
    bufp->fullCData(oldp+13474,(0xfU),5);
    bufp->fullCData(oldp+13475,(0x10U),5);
    bufp->fullCData(oldp+13476,(0x11U),5);
    bufp->fullCData(oldp+13477,(0x12U),5);
    bufp->fullCData(oldp+13478,(0x13U),5);
    bufp->fullCData(oldp+13479,(1U),5);
    bufp->fullCData(oldp+13480,(0x14U),5);
    bufp->fullCData(oldp+13481,(0x15U),5);
    bufp->fullCData(oldp+13482,(0x16U),5);
    bufp->fullCData(oldp+13483,(0x17U),5);
    bufp->fullCData(oldp+13484,(0x18U),5);
    bufp->fullCData(oldp+13485,(0x19U),5);
    bufp->fullCData(oldp+13486,(0x1aU),5);
    bufp->fullCData(oldp+13487,(0x1bU),5);
    bufp->fullCData(oldp+13488,(0x1cU),5);
    bufp->fullCData(oldp+13489,(0x1dU),5);
    bufp->fullCData(oldp+13490,(2U),5);
    bufp->fullCData(oldp+13491,(0x1eU),5);
    bufp->fullCData(oldp+13492,(0x1fU),5);
    bufp->fullCData(oldp+13493,(3U),5);
    bufp->fullCData(oldp+13494,(4U),5);
    bufp->fullCData(oldp+13495,(5U),5);
    bufp->fullCData(oldp+13496,(6U),5);
    bufp->fullCData(oldp+13497,(7U),5);
    bufp->fullCData(oldp+13498,(8U),5);
    bufp->fullCData(oldp+13499,(9U),5);
    bufp->fullIData(oldp+13500,(0x10U),32);
    bufp->fullSData(oldp+13501,(0x10U),14);
    bufp->fullIData(oldp+13502,(0x34U),32);
    bufp->fullIData(oldp+13503,(8U),32);
    bufp->fullIData(oldp+13504,(4U),32);
    bufp->fullCData(oldp+13505,(7U),6);
    bufp->fullCData(oldp+13506,(8U),6);
    bufp->fullSData(oldp+13507,(8U),11);
    bufp->fullCData(oldp+13508,(4U),3);
    bufp->fullCData(oldp+13509,(0U),4);
    bufp->fullSData(oldp+13510,(0U),11);
    bufp->fullIData(oldp+13511,(0x21U),32);
    bufp->fullQData(oldp+13512,(0x7fffffffULL),33);
    bufp->fullQData(oldp+13514,(0x180000000ULL),33);
    bufp->fullIData(oldp+13516,(0x7fffffffU),32);
    bufp->fullIData(oldp+13517,(0x80000000U),32);
    bufp->fullQData(oldp+13518,(0x7fffULL),33);
    bufp->fullQData(oldp+13520,(0x1ffff8000ULL),33);
    bufp->fullCData(oldp+13522,(1U),4);
    bufp->fullSData(oldp+13523,(1U),11);
    bufp->fullCData(oldp+13524,(2U),4);
    bufp->fullSData(oldp+13525,(2U),11);
    bufp->fullCData(oldp+13526,(3U),4);
    bufp->fullSData(oldp+13527,(3U),11);
    bufp->fullCData(oldp+13528,(4U),4);
    bufp->fullSData(oldp+13529,(4U),11);
    bufp->fullCData(oldp+13530,(5U),4);
    bufp->fullSData(oldp+13531,(5U),11);
    bufp->fullCData(oldp+13532,(6U),4);
    bufp->fullSData(oldp+13533,(6U),11);
    bufp->fullCData(oldp+13534,(7U),4);
    bufp->fullSData(oldp+13535,(7U),11);
    bufp->fullCData(oldp+13536,(8U),4);
    bufp->fullIData(oldp+13537,(1U),32);
    bufp->fullIData(oldp+13538,(3U),32);
}
