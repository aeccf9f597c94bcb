// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe32_mul8_q4_s16_a32__Syms.h"


void Vpe32_mul8_q4_s16_a32___024root__trace_chg_sub_2(Vpe32_mul8_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root__trace_chg_sub_2\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 11894);
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
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[2U])) {
        bufp->chgCData(oldp+0,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+2,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+3,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+4,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+5,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+6,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+7,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+8,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+9,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+10,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+11,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+12,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+13,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+14,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+15,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+16,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+17,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+18,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+19,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+20,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+21,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+22,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+23,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+24,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+25,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+26,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+27,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+28,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+29,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+30,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+32,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+34,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+36,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+38,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+39,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+40,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+41,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+42,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+43,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+44,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+45,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+46,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+47,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+48,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+49,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+50,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+51,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+52,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+53,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+54,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+55,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+56,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+57,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+58,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+61,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+69,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+70,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+78,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+79,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),6);
        bufp->chgCData(oldp+80,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),2);
        bufp->chgSData(oldp+81,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+82,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                     >> 5U))))));
        bufp->chgQData(oldp+83,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+85,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+86,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+87,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+88,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+90,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+91,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
        bufp->chgCData(oldp+92,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
                                      + (((IData)(5U) 
                                          * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                         + (0x1fU & 
                                            (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                              : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
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
                                                   + 
                                                   (((IData)(7U) 
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
                                    | ((0x1ffcU & (
                                                   ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                    + 
                                                    (((IData)(6U) 
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
                                                 + 
                                                 (((IData)(5U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                >> 9U))));
        bufp->chgWData(oldp+93,(__Vtemp_h3d358329__0),88);
        bufp->chgSData(oldp+96,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+97,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+98,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr),15);
        __Vtemp_h1ff8f53c__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                     << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]);
        __Vtemp_h1ff8f53c__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr]) 
                                     | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                        [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr] 
                                        >> 0x10U)) 
                                    | ((IData)((((QData)((IData)(
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
        bufp->chgWData(oldp+102,(__Vtemp_h1ff8f53c__0),128);
        bufp->chgSData(oldp+106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w),128);
        __Vtemp_h5d27545a__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5d27545a__0[1U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5d27545a__0[2U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5d27545a__0[3U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5d27545a__0[4U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5d27545a__0[5U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
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
        bufp->chgWData(oldp+115,(__Vtemp_h5d27545a__0),256);
        bufp->chgSData(oldp+123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+124,(__Vtemp_h0ee50048__0),88);
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
        bufp->chgWData(oldp+127,(__Vtemp_h9065adb5__0),256);
        bufp->chgWData(oldp+135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+144,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+147,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+148,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+149,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+150,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+153,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+157,((0x7ffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+160,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+163,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+164,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+165,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+166,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+167,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+171,((0x7ffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+174,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+177,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+178,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+179,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+180,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+181,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+185,((0x7ffU & ((IData)(3U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+188,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+191,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+192,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+193,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+194,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+195,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+197,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+199,((0x7ffU & ((IData)(4U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+200,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+202,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+203,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+205,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+206,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+207,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+208,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+209,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+211,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+213,((0x7ffU & ((IData)(5U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+215,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+216,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+217,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+219,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+220,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+221,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+222,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+223,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+225,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+227,((0x7ffU & ((IData)(6U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+228,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+229,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+230,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+231,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+233,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+234,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+235,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+236,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+237,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+239,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+241,((0x7ffU & ((IData)(7U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+242,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+243,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+244,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+245,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+247,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+248,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+249,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+250,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+251,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+253,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+255,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+319,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+320,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x24U)))),16);
        bufp->chgSData(oldp+321,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),13);
        bufp->chgSData(oldp+322,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xaU)))),13);
        bufp->chgCData(oldp+323,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 5U)))),5);
        bufp->chgCData(oldp+324,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+325,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+326,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+327,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+328,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+329,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+330,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+331,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+332,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+333,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+334,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xaU))))),13);
        bufp->chgCData(oldp+335,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+336,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+337,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+338,((3U & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+339,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+340,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot) 
                                           << 3U))),6);
        bufp->chgCData(oldp+341,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+342,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+343,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+344,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+345,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+346,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+347,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+348,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+349,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+350,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+351,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+353,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+354,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+355,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+357,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+358,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+359,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+361,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+362,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+364,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+365,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+367,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+369,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+370,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+371,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+372,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+373,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+375,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+377,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+378,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+380,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+381,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+383,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+386,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+391,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+394,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+397,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+399,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+402,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+403,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+406,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+407,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+409,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+419,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+420,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+421,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+422,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+425,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+426,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+430,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+433,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+434,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+435,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+440,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+458,((7U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                        >> 3U))),6);
        bufp->chgCData(oldp+459,((3U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                        >> 3U))),2);
        bufp->chgSData(oldp+460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+461,((1U & VL_REDXOR_32((1U 
                                                   & (((IData)(7U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                      >> 5U))))));
        bufp->chgQData(oldp+462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+465,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+467,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+470,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x24U))))),16);
        bufp->chgCData(oldp+471,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
                                      + (((IData)(5U) 
                                          * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                         + (0x1fU & 
                                            (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                              : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
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
                                                   + 
                                                   (((IData)(7U) 
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
                                    | ((0x1ffcU & (
                                                   ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                    + 
                                                    (((IData)(6U) 
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
                                                 + 
                                                 (((IData)(5U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                >> 9U))));
        bufp->chgWData(oldp+472,(__Vtemp_hf4cf8d25__0),88);
        bufp->chgSData(oldp+475,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr),15);
        __Vtemp_h2a4cec21__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                     << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]);
        __Vtemp_h2a4cec21__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr]) 
                                     | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                        [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr] 
                                        >> 0x10U)) 
                                    | ((IData)((((QData)((IData)(
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
        bufp->chgWData(oldp+481,(__Vtemp_h2a4cec21__0),128);
        bufp->chgSData(oldp+485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w),128);
        __Vtemp_h079bc036__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h079bc036__0[1U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h079bc036__0[2U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h079bc036__0[3U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h079bc036__0[4U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h079bc036__0[5U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
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
        bufp->chgWData(oldp+494,(__Vtemp_h079bc036__0),256);
        bufp->chgSData(oldp+502,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+503,(__Vtemp_hf75a4b74__0),88);
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
        bufp->chgWData(oldp+506,(__Vtemp_h1780fc6a__0),256);
        bufp->chgWData(oldp+514,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+522,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+523,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+526,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+527,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+528,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+529,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+532,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+534,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+536,((0x7ffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+537,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+538,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+539,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+540,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+542,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+543,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+544,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+545,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+546,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+548,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+550,((0x7ffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+551,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+552,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+553,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+554,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+556,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+557,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+558,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+559,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+560,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+562,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+564,((0x7ffU & ((IData)(3U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+565,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+566,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+567,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+568,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+570,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+571,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+572,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+573,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+574,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+576,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+578,((0x7ffU & ((IData)(4U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+579,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+581,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+584,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+585,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+586,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+587,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+588,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+590,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+592,((0x7ffU & ((IData)(5U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+593,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+595,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+598,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+599,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+600,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+601,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+602,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+604,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+606,((0x7ffU & ((IData)(6U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+607,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+608,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+609,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+612,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+613,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+614,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+615,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+616,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+618,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+620,((0x7ffU & ((IData)(7U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+621,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+622,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+623,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+624,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+626,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+627,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+628,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+629,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+630,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+632,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+634,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+699,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x24U)))),16);
        bufp->chgSData(oldp+700,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),13);
        bufp->chgSData(oldp+701,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xaU)))),13);
        bufp->chgCData(oldp+702,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 5U)))),5);
        bufp->chgCData(oldp+703,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+705,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+706,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+707,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+708,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+711,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+712,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+713,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xaU))))),13);
        bufp->chgCData(oldp+714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+717,((3U & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+719,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot) 
                                           << 3U))),6);
        bufp->chgCData(oldp+720,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+724,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+725,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+728,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+730,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+732,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+733,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+734,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+736,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+737,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+738,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+740,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+741,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+743,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+744,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+745,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+746,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+749,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+754,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+757,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+762,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+765,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+770,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+773,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+778,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+779,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+781,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+786,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+798,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+799,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+800,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+804,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+806,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+812,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+819,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+836,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+837,((7U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                        >> 3U))),6);
        bufp->chgCData(oldp+838,((3U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                        >> 3U))),2);
        bufp->chgSData(oldp+839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+840,((1U & VL_REDXOR_32((1U 
                                                   & (((IData)(7U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                      >> 5U))))));
        bufp->chgQData(oldp+841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+844,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+846,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+849,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x24U))))),16);
        bufp->chgCData(oldp+850,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
                                      + (((IData)(5U) 
                                          * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                         + (0x1fU & 
                                            (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                              : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
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
                                                   + 
                                                   (((IData)(7U) 
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
                                    | ((0x1ffcU & (
                                                   ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                    + 
                                                    (((IData)(6U) 
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
                                                 + 
                                                 (((IData)(5U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                >> 9U))));
        bufp->chgWData(oldp+851,(__Vtemp_h5b730a38__0),88);
        bufp->chgSData(oldp+854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+855,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+859,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr),15);
        __Vtemp_h89942392__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                     << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]);
        __Vtemp_h89942392__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr]) 
                                     | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                        [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr] 
                                        >> 0x10U)) 
                                    | ((IData)((((QData)((IData)(
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
        bufp->chgWData(oldp+860,(__Vtemp_h89942392__0),128);
        bufp->chgSData(oldp+864,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+865,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+866,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w),128);
        __Vtemp_h5c721736__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5c721736__0[1U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5c721736__0[2U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5c721736__0[3U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5c721736__0[4U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h5c721736__0[5U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
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
        bufp->chgWData(oldp+873,(__Vtemp_h5c721736__0),256);
        bufp->chgSData(oldp+881,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+882,(__Vtemp_h4fa4012f__0),88);
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
        bufp->chgWData(oldp+885,(__Vtemp_h35c88d97__0),256);
        bufp->chgWData(oldp+893,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+900,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+901,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+902,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+905,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+906,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+907,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+908,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+909,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+911,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+913,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+915,((0x7ffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+916,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+917,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+918,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+919,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+921,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+922,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+923,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+924,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+925,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+927,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+929,((0x7ffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+931,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+932,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+933,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+935,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+936,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+937,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+938,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+939,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+941,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+943,((0x7ffU & ((IData)(3U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+944,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+946,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+947,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+949,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+950,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+951,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+952,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+953,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+955,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+957,((0x7ffU & ((IData)(4U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+958,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+959,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+960,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+961,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+963,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+964,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+965,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+966,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+967,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+969,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+971,((0x7ffU & ((IData)(5U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+972,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+974,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+975,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+977,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+978,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+979,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+980,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+981,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+983,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+985,((0x7ffU & ((IData)(6U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+986,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+987,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+988,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+989,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+991,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+992,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+993,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+994,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+995,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+999,((0x7ffU & ((IData)(7U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+1002,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1003,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1005,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1006,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1007,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1008,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1009,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1013,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+1077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1078,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x24U)))),16);
        bufp->chgSData(oldp+1079,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x17U)))),13);
        bufp->chgSData(oldp+1080,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xaU)))),13);
        bufp->chgCData(oldp+1081,((0x1fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 5U)))),5);
        bufp->chgCData(oldp+1082,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+1083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1085,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+1086,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+1087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+1088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+1089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+1090,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1091,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+1092,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0xaU))))),13);
        bufp->chgCData(oldp+1093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+1094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+1095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1096,((3U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+1097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1098,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot) 
                                            << 3U))),6);
        bufp->chgCData(oldp+1099,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+1100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+1101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+1102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1104,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+1109,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1112,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1115,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+1117,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1120,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+1125,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1128,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+1133,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1136,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+1141,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1144,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+1149,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1152,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+1157,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1160,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1164,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+1165,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+1166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+1169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+1171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+1173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+1175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+1177,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1178,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1179,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1181,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+1182,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+1184,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+1185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+1187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+1188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+1190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+1191,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1192,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+1193,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+1194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+1195,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+1198,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+1206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+1207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+1215,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+1216,((7U & (((IData)(7U) 
                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                         >> 3U))),6);
        bufp->chgCData(oldp+1217,((3U & (((IData)(7U) 
                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                         >> 3U))),2);
        bufp->chgSData(oldp+1218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+1219,((1U & VL_REDXOR_32(
                                                   (1U 
                                                    & (((IData)(7U) 
                                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                       >> 5U))))));
        bufp->chgQData(oldp+1220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+1222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1223,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1224,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+1225,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+1227,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1228,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x24U))))),16);
        bufp->chgCData(oldp+1229,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
                                      + (((IData)(5U) 
                                          * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                         + (0x1fU & 
                                            (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                              : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
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
                                                   + 
                                                   (((IData)(7U) 
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
                                    | ((0x1ffcU & (
                                                   ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                    + 
                                                    (((IData)(6U) 
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
                                                 + 
                                                 (((IData)(5U) 
                                                   * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                                  + 
                                                  (0x1fU 
                                                   & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                       >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                                       : 
                                                      ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                >> 9U))));
        bufp->chgWData(oldp+1230,(__Vtemp_h7513e311__0),88);
        bufp->chgSData(oldp+1233,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+1234,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+1235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+1238,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr),15);
        __Vtemp_h334c2091__0[0U] = ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                     << 0x10U) | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]);
        __Vtemp_h334c2091__0[1U] = (((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr]) 
                                     | (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                        [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr] 
                                        >> 0x10U)) 
                                    | ((IData)((((QData)((IData)(
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
        bufp->chgWData(oldp+1239,(__Vtemp_h334c2091__0),128);
        bufp->chgSData(oldp+1243,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+1244,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+1245,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+1248,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w),128);
        __Vtemp_h3ee92227__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h3ee92227__0[1U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h3ee92227__0[2U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h3ee92227__0[3U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                              >> 0x10U)), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h3ee92227__0[4U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h3ee92227__0[5U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
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
        bufp->chgWData(oldp+1252,(__Vtemp_h3ee92227__0),256);
        bufp->chgSData(oldp+1260,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+1261,(__Vtemp_h5a866b33__0),88);
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
        bufp->chgWData(oldp+1264,(__Vtemp_h7b48e7ea__0),256);
        bufp->chgWData(oldp+1272,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+1275,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+1279,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1280,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+1281,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1282,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1284,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+1285,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1286,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1287,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+1290,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1292,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1294,((0x7ffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1295,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1296,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+1297,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1300,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1301,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1302,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1303,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1304,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1308,((0x7ffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1309,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1310,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+1311,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1314,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+1315,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1316,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1317,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1318,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1320,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1322,((0x7ffU & ((IData)(3U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1323,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+1325,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1326,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1328,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1329,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1330,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1331,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1332,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1334,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1336,((0x7ffU & ((IData)(4U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1337,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1338,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+1339,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1340,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1342,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+1343,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1344,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1345,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1346,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1348,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1350,((0x7ffU & ((IData)(5U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1351,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+1353,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1354,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1356,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1357,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1358,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1359,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1360,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1364,((0x7ffU & ((IData)(6U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1365,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+1367,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1370,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+1371,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1372,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1373,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1374,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1378,((0x7ffU & ((IData)(7U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1380,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+1381,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1384,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1385,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1386,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1387,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1388,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+1456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1457,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x24U)))),16);
        bufp->chgSData(oldp+1458,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x17U)))),13);
        bufp->chgSData(oldp+1459,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xaU)))),13);
        bufp->chgCData(oldp+1460,((0x1fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 5U)))),5);
        bufp->chgCData(oldp+1461,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+1462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+1465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+1466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+1467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+1468,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+1469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+1471,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0xaU))))),13);
        bufp->chgCData(oldp+1472,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+1473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+1474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1475,((3U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+1476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1477,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot) 
                                            << 3U))),6);
        bufp->chgCData(oldp+1478,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+1479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+1480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+1481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1483,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+1488,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1491,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1493,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1494,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1495,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+1496,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1497,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1499,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1500,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1501,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1502,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1503,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+1504,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1505,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1506,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1507,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1508,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1509,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1510,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+1512,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1513,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1514,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1515,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1519,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+1520,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1522,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1523,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1525,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1526,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+1528,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1531,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1533,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1534,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1535,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+1536,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1537,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1538,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1539,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1540,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1541,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1542,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1543,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+1544,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+1545,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1546,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+1548,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+1550,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+1552,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+1554,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1555,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    }
}

void Vpe32_mul8_q4_s16_a32___024root__trace_cleanup(void* voidSelf, VerilatedVcd* /*unused*/) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root__trace_cleanup\n"); );
    // Init
    Vpe32_mul8_q4_s16_a32___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe32_mul8_q4_s16_a32___024root*>(voidSelf);
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    vlSymsp->__Vm_activity = false;
    vlSymsp->TOP.__Vm_traceActivity[0U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[1U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[2U] = 0U;
}
