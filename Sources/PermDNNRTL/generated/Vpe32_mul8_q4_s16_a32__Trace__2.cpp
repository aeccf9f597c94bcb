// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe32_mul8_q4_s16_a32__Syms.h"


void Vpe32_mul8_q4_s16_a32___024root__trace_chg_sub_2(Vpe32_mul8_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root__trace_chg_sub_2\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 11835);
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
        bufp->chgCData(oldp+0,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+2,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+3,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+4,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+5,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+6,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+7,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+8,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+9,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+10,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                           >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                              - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                           : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+11,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+12,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+13,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+14,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+15,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                           : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+16,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+17,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+19,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+21,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+23,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+25,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+26,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+27,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+28,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+29,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid) 
                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+30,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+31,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+32,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+33,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+34,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+35,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+36,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+37,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+38,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+39,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+40,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+41,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+42,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+43,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+44,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+45,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+48,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+56,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+57,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+65,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+66,((7U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),6);
        bufp->chgCData(oldp+67,((3U & (((IData)(7U) 
                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                       >> 3U))),2);
        bufp->chgSData(oldp+68,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+69,((1U & VL_REDXOR_32((1U 
                                                  & (((IData)(7U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                     >> 5U))))));
        bufp->chgQData(oldp+70,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+72,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+73,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+74,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+75,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+77,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+78,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0x24U))))),16);
        bufp->chgCData(oldp+79,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
        bufp->chgWData(oldp+80,(__Vtemp_h3d358329__0),88);
        bufp->chgSData(oldp+83,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+84,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+85,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+88,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__w_addr),15);
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
        bufp->chgWData(oldp+89,(__Vtemp_h1ff8f53c__0),128);
        bufp->chgSData(oldp+93,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+94,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+95,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+98,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w),128);
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
        bufp->chgWData(oldp+102,(__Vtemp_h5d27545a__0),256);
        bufp->chgSData(oldp+110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+111,(__Vtemp_h0ee50048__0),88);
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
        bufp->chgWData(oldp+114,(__Vtemp_h9065adb5__0),256);
        bufp->chgWData(oldp+122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+131,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+134,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+135,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+136,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+137,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+140,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+144,((0x7ffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+147,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+150,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+151,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+152,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+153,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+154,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+158,((0x7ffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+161,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+164,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+165,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+166,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+167,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+168,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+172,((0x7ffU & ((IData)(3U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+175,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+178,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+179,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+180,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+181,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+182,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+184,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+186,((0x7ffU & ((IData)(4U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+189,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+192,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+193,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+194,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+195,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+196,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+198,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+200,((0x7ffU & ((IData)(5U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+203,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+206,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+207,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+208,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+209,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+210,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+212,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+214,((0x7ffU & ((IData)(6U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+215,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+216,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+217,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+220,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+221,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+222,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+223,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+224,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+226,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+228,((0x7ffU & ((IData)(7U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+229,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+230,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+231,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+234,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+235,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+236,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+237,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+238,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+240,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+242,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+307,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x24U)))),16);
        bufp->chgSData(oldp+308,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),13);
        bufp->chgSData(oldp+309,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xaU)))),13);
        bufp->chgCData(oldp+310,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 5U)))),5);
        bufp->chgCData(oldp+311,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+313,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+314,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+315,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+316,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+317,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+318,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+319,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+320,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+321,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xaU))))),13);
        bufp->chgCData(oldp+322,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+323,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+325,((3U & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+326,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+327,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot) 
                                           << 3U))),6);
        bufp->chgCData(oldp+328,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+329,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+330,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+331,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+332,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+333,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+334,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+335,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+336,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+337,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+338,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+339,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+340,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+341,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+342,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+343,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+344,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+345,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+346,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+347,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+348,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+349,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+350,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+351,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+353,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+354,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+355,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+357,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+358,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+359,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+361,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+362,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+364,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+365,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+367,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+369,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+370,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+371,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+372,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+373,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+375,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+377,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+378,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+380,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+381,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+383,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+386,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+389,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+391,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+394,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+406,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+407,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+408,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+409,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+410,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+412,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+414,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+421,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+422,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+435,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+445,((7U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                        >> 3U))),6);
        bufp->chgCData(oldp+446,((3U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                        >> 3U))),2);
        bufp->chgSData(oldp+447,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+448,((1U & VL_REDXOR_32((1U 
                                                   & (((IData)(7U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                      >> 5U))))));
        bufp->chgQData(oldp+449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+452,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+454,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+457,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x24U))))),16);
        bufp->chgCData(oldp+458,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
        bufp->chgWData(oldp+459,(__Vtemp_hf4cf8d25__0),88);
        bufp->chgSData(oldp+462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__w_addr),15);
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
        bufp->chgWData(oldp+468,(__Vtemp_h2a4cec21__0),128);
        bufp->chgSData(oldp+472,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w),128);
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
        bufp->chgWData(oldp+481,(__Vtemp_h079bc036__0),256);
        bufp->chgSData(oldp+489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+490,(__Vtemp_hf75a4b74__0),88);
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
        bufp->chgWData(oldp+493,(__Vtemp_h1780fc6a__0),256);
        bufp->chgWData(oldp+501,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+504,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+508,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+509,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+510,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+513,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+514,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+515,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+516,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+519,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+523,((0x7ffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+525,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+526,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+529,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+530,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+531,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+532,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+533,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+535,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+537,((0x7ffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+538,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+539,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+540,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+541,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+543,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+544,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+545,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+546,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+547,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+549,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+551,((0x7ffU & ((IData)(3U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+552,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+553,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+554,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+555,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+557,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+558,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+559,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+560,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+561,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+563,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+565,((0x7ffU & ((IData)(4U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+566,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+567,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+568,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+569,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+571,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+572,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+573,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+574,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+575,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+577,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+579,((0x7ffU & ((IData)(5U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+582,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+585,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+586,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+587,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+588,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+589,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+593,((0x7ffU & ((IData)(6U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+595,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+596,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+597,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+599,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+600,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+601,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+602,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+603,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+605,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+607,((0x7ffU & ((IData)(7U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+608,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+610,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+611,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+613,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+614,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+615,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+616,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+617,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+619,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+621,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+685,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+686,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x24U)))),16);
        bufp->chgSData(oldp+687,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),13);
        bufp->chgSData(oldp+688,((0x1fffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xaU)))),13);
        bufp->chgCData(oldp+689,((0x1fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 5U)))),5);
        bufp->chgCData(oldp+690,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+691,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+692,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+693,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+694,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+699,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+700,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xaU))))),13);
        bufp->chgCData(oldp+701,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+702,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+704,((3U & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+705,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+706,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot) 
                                           << 3U))),6);
        bufp->chgCData(oldp+707,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+708,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+711,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+712,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+713,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+717,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+719,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+720,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+724,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+725,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+728,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+732,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+733,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+734,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+736,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+737,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+738,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+740,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+741,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+743,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+744,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+745,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+746,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+749,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+752,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+757,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+760,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+765,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+768,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+773,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+779,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+785,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+786,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+787,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+798,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+799,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+800,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+806,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+824,((7U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                        >> 3U))),6);
        bufp->chgCData(oldp+825,((3U & (((IData)(7U) 
                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                        >> 3U))),2);
        bufp->chgSData(oldp+826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+827,((1U & VL_REDXOR_32((1U 
                                                   & (((IData)(7U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                                      >> 5U))))));
        bufp->chgQData(oldp+828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+831,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+832,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+833,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+836,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x24U))))),16);
        bufp->chgCData(oldp+837,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
        bufp->chgWData(oldp+838,(__Vtemp_h5b730a38__0),88);
        bufp->chgSData(oldp+841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__w_addr),15);
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
        bufp->chgWData(oldp+847,(__Vtemp_h89942392__0),128);
        bufp->chgSData(oldp+851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+853,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w),128);
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
        bufp->chgWData(oldp+860,(__Vtemp_h5c721736__0),256);
        bufp->chgSData(oldp+868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+869,(__Vtemp_h4fa4012f__0),88);
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
        bufp->chgWData(oldp+872,(__Vtemp_h35c88d97__0),256);
        bufp->chgWData(oldp+880,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+887,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+888,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+889,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+890,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+892,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+893,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+894,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+895,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+898,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+900,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+902,((0x7ffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+904,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+905,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+906,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+908,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+909,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+910,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+911,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+912,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+914,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+916,((0x7ffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+917,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+918,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+919,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+920,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+922,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+923,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+924,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+925,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+926,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+928,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+930,((0x7ffU & ((IData)(3U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+931,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+932,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+933,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+934,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+936,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+937,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+938,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+939,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+940,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+942,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+944,((0x7ffU & ((IData)(4U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+946,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+947,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+948,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+950,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+951,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+952,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+953,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+954,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+956,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+958,((0x7ffU & ((IData)(5U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+959,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+961,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+962,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+964,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+965,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+966,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+967,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+968,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+970,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+972,((0x7ffU & ((IData)(6U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+974,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+975,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+976,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+978,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+979,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+980,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+981,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+982,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+984,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+986,((0x7ffU & ((IData)(7U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+987,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+989,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+992,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                  >> 0x10U)),16);
        bufp->chgIData(oldp+993,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                >> 0x10U)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+994,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+995,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+996,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+998,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+1064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1065,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x24U)))),16);
        bufp->chgSData(oldp+1066,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x17U)))),13);
        bufp->chgSData(oldp+1067,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xaU)))),13);
        bufp->chgCData(oldp+1068,((0x1fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 5U)))),5);
        bufp->chgCData(oldp+1069,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+1070,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1071,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1072,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+1073,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+1074,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+1075,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+1076,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+1077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+1079,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0xaU))))),13);
        bufp->chgCData(oldp+1080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+1081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+1082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1083,((3U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+1084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1085,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot) 
                                            << 3U))),6);
        bufp->chgCData(oldp+1086,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+1087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+1088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+1089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1090,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1091,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+1096,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1098,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1099,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+1104,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1107,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+1112,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1115,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+1120,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1123,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+1128,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1131,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1133,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+1136,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1139,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+1144,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1147,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+1152,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+1153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+1156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+1158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+1160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+1162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+1164,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1165,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1166,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1168,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+1169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_j),13);
        bufp->chgCData(oldp+1171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot),2);
        bufp->chgBit(oldp+1172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_j),13);
        bufp->chgCData(oldp+1174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_slot),2);
        bufp->chgBit(oldp+1175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_j),13);
        bufp->chgCData(oldp+1177,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_slot),2);
        bufp->chgBit(oldp+1178,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1179,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_j),13);
        bufp->chgCData(oldp+1180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_slot),2);
        bufp->chgCData(oldp+1181,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_active),4);
        bufp->chgWData(oldp+1182,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows),88);
        bufp->chgWData(oldp+1185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products),256);
        bufp->chgCData(oldp+1193,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_we),8);
        bufp->chgWData(oldp+1194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata),256);
        bufp->chgCData(oldp+1202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_out_we),8);
        bufp->chgCData(oldp+1203,((7U & (((IData)(7U) 
                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                         >> 3U))),6);
        bufp->chgCData(oldp+1204,((3U & (((IData)(7U) 
                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                         >> 3U))),2);
        bufp->chgSData(oldp+1205,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__rows),11);
        bufp->chgBit(oldp+1206,((1U & VL_REDXOR_32(
                                                   (1U 
                                                    & (((IData)(7U) 
                                                        + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                                       >> 5U))))));
        bufp->chgQData(oldp+1207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head),52);
        bufp->chgBit(oldp+1209,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1210,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1211,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__k_addr),15);
        bufp->chgQData(oldp+1212,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored)) 
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
        bufp->chgBit(oldp+1214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1215,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x24U))))),16);
        bufp->chgCData(oldp+1216,(((8U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
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
        bufp->chgWData(oldp+1217,(__Vtemp_h7513e311__0),88);
        bufp->chgSData(oldp+1220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+1221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_active),4);
        bufp->chgWData(oldp+1222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_rows),88);
        bufp->chgSData(oldp+1225,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__w_addr),15);
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
        bufp->chgWData(oldp+1226,(__Vtemp_h334c2091__0),128);
        bufp->chgSData(oldp+1230,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+1231,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_active),4);
        bufp->chgWData(oldp+1232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_rows),88);
        bufp->chgWData(oldp+1235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w),128);
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
        bufp->chgWData(oldp+1239,(__Vtemp_h3ee92227__0),256);
        bufp->chgSData(oldp+1247,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr),11);
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
        bufp->chgWData(oldp+1248,(__Vtemp_h5a866b33__0),88);
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
        bufp->chgWData(oldp+1251,(__Vtemp_h7b48e7ea__0),256);
        bufp->chgWData(oldp+1259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_waddr),88);
        bufp->chgWData(oldp+1262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__out_wdata),128);
        bufp->chgIData(oldp+1266,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1267,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+1268,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1269,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1271,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])),16);
        bufp->chgIData(oldp+1272,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1273,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1274,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1275,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+1277,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1279,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1281,((0x7ffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1282,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1283,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+1284,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1285,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1287,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1288,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[0U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1289,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1290,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1291,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1293,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1295,((0x7ffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1296,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1297,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+1298,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1301,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])),16);
        bufp->chgIData(oldp+1302,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1303,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1304,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1305,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1309,((0x7ffU & ((IData)(3U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1310,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1311,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[3U]),32);
        bufp->chgIData(oldp+1312,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1313,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1315,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1316,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[1U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1317,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1318,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1319,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1321,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1323,((0x7ffU & ((IData)(4U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1325,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[4U]),32);
        bufp->chgIData(oldp+1326,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1327,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1329,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])),16);
        bufp->chgIData(oldp+1330,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1331,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1332,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1333,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1335,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1337,((0x7ffU & ((IData)(5U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1338,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1339,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[5U]),32);
        bufp->chgIData(oldp+1340,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1341,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1343,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1344,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[2U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1345,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1346,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1347,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1349,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1351,((0x7ffU & ((IData)(6U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1353,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[6U]),32);
        bufp->chgIData(oldp+1354,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1355,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1357,((0xffffU & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])),16);
        bufp->chgIData(oldp+1358,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U])), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1359,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1360,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1361,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1365,((0x7ffU & ((IData)(7U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__d_ptr)))),11);
        bufp->chgIData(oldp+1366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1367,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[7U]),32);
        bufp->chgIData(oldp+1368,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1369,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1371,((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                   >> 0x10U)),16);
        bufp->chgIData(oldp+1372,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_w[3U] 
                                                                 >> 0x10U)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1373,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1374,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1375,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1377,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),2048);
        bufp->chgIData(oldp+1443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1444,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x24U)))),16);
        bufp->chgSData(oldp+1445,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x17U)))),13);
        bufp->chgSData(oldp+1446,((0x1fffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xaU)))),13);
        bufp->chgCData(oldp+1447,((0x1fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 5U)))),5);
        bufp->chgCData(oldp+1448,((0x1fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head))),5);
        bufp->chgBit(oldp+1449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),13);
        bufp->chgSData(oldp+1452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),13);
        bufp->chgCData(oldp+1453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),5);
        bufp->chgCData(oldp+1454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),5);
        bufp->chgCData(oldp+1455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),2);
        bufp->chgBit(oldp+1456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),13);
        bufp->chgSData(oldp+1458,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0xaU))))),13);
        bufp->chgCData(oldp+1459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),5);
        bufp->chgCData(oldp+1460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),5);
        bufp->chgBit(oldp+1461,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1462,((3U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot)))),2);
        bufp->chgBit(oldp+1463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1464,((0x3fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot) 
                                            << 3U))),6);
        bufp->chgCData(oldp+1465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+1466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),11);
        bufp->chgBit(oldp+1467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index));
        bufp->chgCData(oldp+1468,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1470,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1472,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),5);
        bufp->chgCData(oldp+1475,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h26ea42e2__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1478,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),5);
        bufp->chgCData(oldp+1483,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h1d3c8624__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1486,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1488,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),5);
        bufp->chgCData(oldp+1491,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_he378c50e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1493,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1494,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1495,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1496,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1497,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k),5);
        bufp->chgCData(oldp+1499,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hf5ddd63e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1500,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1501,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1502,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1503,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1504,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1505,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1506,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k),5);
        bufp->chgCData(oldp+1507,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_ha6c1b96b__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1508,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1509,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1510,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1512,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1513,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1514,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k),5);
        bufp->chgCData(oldp+1515,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h2ed54312__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1518,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1519,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1520,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1522,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k),5);
        bufp->chgCData(oldp+1523,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb2703290__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgCData(oldp+1524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored),5);
        bufp->chgCData(oldp+1525,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum),6);
        bufp->chgCData(oldp+1526,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum)))),5);
        bufp->chgCData(oldp+1527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load),5);
        bufp->chgCData(oldp+1528,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[0]),5);
        bufp->chgCData(oldp+1529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg[1]),5);
        bufp->chgCData(oldp+1530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k),5);
        bufp->chgCData(oldp+1531,((0x1fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_h94a253df__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),5);
        bufp->chgIData(oldp+1532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1533,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),52);
        bufp->chgQData(oldp+1535,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),52);
        bufp->chgQData(oldp+1537,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),52);
        bufp->chgQData(oldp+1539,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),52);
        bufp->chgCData(oldp+1541,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1542,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
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
