// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe8_mul3_q4_s16_a32__Syms.h"


void Vpe8_mul3_q4_s16_a32___024root__trace_chg_sub_0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp);

void Vpe8_mul3_q4_s16_a32___024root__trace_chg_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_chg_top_0\n"); );
    // Init
    Vpe8_mul3_q4_s16_a32___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul3_q4_s16_a32___024root*>(voidSelf);
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (VL_UNLIKELY(!vlSymsp->__Vm_activity)) return;
    // Body
    Vpe8_mul3_q4_s16_a32___024root__trace_chg_sub_0((&vlSymsp->TOP), bufp);
}

void Vpe8_mul3_q4_s16_a32___024root__trace_chg_sub_0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_chg_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 1);
    VlWide<3>/*95:0*/ __Vtemp_h79e5cd07__0;
    VlWide<3>/*95:0*/ __Vtemp_ha4832ddf__0;
    VlWide<3>/*95:0*/ __Vtemp_h32cdafa3__0;
    VlWide<3>/*95:0*/ __Vtemp_hfc3b8210__0;
    VlWide<3>/*95:0*/ __Vtemp_hb05d57c6__0;
    VlWide<3>/*95:0*/ __Vtemp_hc1cf2085__0;
    VlWide<3>/*95:0*/ __Vtemp_h45fdbc4e__0;
    VlWide<3>/*95:0*/ __Vtemp_h5980a70d__0;
    VlWide<3>/*95:0*/ __Vtemp_h735b0063__0;
    VlWide<3>/*95:0*/ __Vtemp_h56f96812__0;
    VlWide<3>/*95:0*/ __Vtemp_h1ab84048__0;
    VlWide<3>/*95:0*/ __Vtemp_h9ce14ea3__0;
    VlWide<3>/*95:0*/ __Vtemp_hf172c706__0;
    VlWide<3>/*95:0*/ __Vtemp_he3434c2e__0;
    VlWide<3>/*95:0*/ __Vtemp_heba52d83__0;
    VlWide<3>/*95:0*/ __Vtemp_h7c44074b__0;
    VlWide<3>/*95:0*/ __Vtemp_hd34ccef1__0;
    VlWide<3>/*95:0*/ __Vtemp_hc826a273__0;
    // Body
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[0U])) {
        bufp->chgIData(oldp+0,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__i),32);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[1U])) {
        bufp->chgBit(oldp+1,(vlSelf->__Vcellinp__permdnn_engine__clk));
        bufp->chgBit(oldp+2,(vlSelf->__Vcellinp__permdnn_engine__rst));
        bufp->chgBit(oldp+3,(vlSelf->__Vcellinp__permdnn_engine__start));
        bufp->chgSData(oldp+4,(vlSelf->__Vcellinp__permdnn_engine__cfg_n),9);
        bufp->chgCData(oldp+5,(vlSelf->__Vcellinp__permdnn_engine__cfg_first_word),5);
        bufp->chgSData(oldp+6,(vlSelf->__Vcellinp__permdnn_engine__cfg_end),9);
        bufp->chgBit(oldp+7,(vlSelf->__Vcellinp__permdnn_engine__cfg_continue));
        bufp->chgBit(oldp+8,(vlSelf->__Vcellinp__permdnn_engine__cfg_drain));
        bufp->chgCData(oldp+9,(vlSelf->__Vcellinp__permdnn_engine__cfg_p),7);
        bufp->chgCData(oldp+10,(vlSelf->__Vcellinp__permdnn_engine__cfg_frac),4);
        bufp->chgBit(oldp+11,(vlSelf->__Vcellinp__permdnn_engine__cfg_relu));
        bufp->chgBit(oldp+12,(vlSelf->__Vcellinp__permdnn_engine__cfg_formula));
        bufp->chgBit(oldp+13,(vlSelf->__Vcellinp__permdnn_engine__ld_we));
        bufp->chgCData(oldp+14,(vlSelf->__Vcellinp__permdnn_engine__ld_sel),2);
        bufp->chgCData(oldp+15,(vlSelf->__Vcellinp__permdnn_engine__ld_pe),3);
        bufp->chgSData(oldp+16,(vlSelf->__Vcellinp__permdnn_engine__ld_addr),12);
        bufp->chgWData(oldp+17,(vlSelf->__Vcellinp__permdnn_engine__ld_data),256);
        bufp->chgCData(oldp+25,(vlSelf->__Vcellinp__permdnn_engine__dbg_pe),3);
        bufp->chgSData(oldp+26,(vlSelf->__Vcellinp__permdnn_engine__dbg_row),12);
        bufp->chgBit(oldp+27,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected));
        bufp->chgBit(oldp+28,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected));
        bufp->chgBit(oldp+29,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected));
        bufp->chgBit(oldp+30,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected));
        bufp->chgBit(oldp+31,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected));
        bufp->chgBit(oldp+32,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected));
        bufp->chgBit(oldp+33,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected));
        bufp->chgBit(oldp+34,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected));
        bufp->chgBit(oldp+35,(vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we));
        bufp->chgCData(oldp+36,((0xfU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr))),4);
        bufp->chgBit(oldp+37,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear));
        bufp->chgBit(oldp+38,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+39,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_k));
        bufp->chgQData(oldp+40,((0xffffffffffffULL 
                                 & (((QData)((IData)(
                                                     vlSelf->__Vcellinp__permdnn_engine__ld_data[1U])) 
                                     << 0x20U) | (QData)((IData)(
                                                                 vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]))))),48);
        bufp->chgIData(oldp+42,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+43,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+44,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+45,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+46,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+47,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+48,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+49,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+50,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+51,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+52,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+53,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+54,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+55,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+56,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+57,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+58,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+59,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+60,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__k_wdata),21);
        bufp->chgBit(oldp+61,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_w));
        bufp->chgBit(oldp+62,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_k));
        bufp->chgIData(oldp+63,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__k_wdata),21);
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[2U]))) {
        bufp->chgIData(oldp+64,(vlSelf->permdnn_engine__DOT__pe_acc
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),32);
        bufp->chgSData(oldp+65,(vlSelf->permdnn_engine__DOT__pe_out
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),16);
        bufp->chgBit(oldp+66,((1U & ((IData)(vlSelf->permdnn_engine__DOT__active) 
                                     >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe)))));
        bufp->chgCData(oldp+67,(vlSelf->permdnn_engine__DOT__pe_qcount
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
        bufp->chgBit(oldp+68,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0) 
                                     >> 0xcU))));
        bufp->chgSData(oldp+69,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0) 
                                           >> 3U))),9);
        bufp->chgCData(oldp+70,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0))),3);
        bufp->chgBit(oldp+71,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0) 
                                     >> 0xcU))));
        bufp->chgSData(oldp+72,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0) 
                                           >> 3U))),9);
        bufp->chgCData(oldp+73,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0))),3);
        bufp->chgBit(oldp+74,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0) 
                                     >> 0xcU))));
        bufp->chgSData(oldp+75,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0) 
                                           >> 3U))),9);
        bufp->chgCData(oldp+76,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0))),3);
        bufp->chgBit(oldp+77,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0) 
                                     >> 0xcU))));
        bufp->chgSData(oldp+78,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0) 
                                           >> 3U))),9);
        bufp->chgCData(oldp+79,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0))),3);
        bufp->chgCData(oldp+80,(vlSelf->permdnn_engine__DOT__pe_a_active
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),2);
        bufp->chgQData(oldp+81,(vlSelf->permdnn_engine__DOT__pe_a_rows
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),36);
        __Vtemp_h79e5cd07__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_prod
            [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
        __Vtemp_h79e5cd07__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_prod
            [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
        __Vtemp_h79e5cd07__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_prod
            [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
        bufp->chgWData(oldp+83,(__Vtemp_h79e5cd07__0),96);
        bufp->chgCData(oldp+86,(vlSelf->permdnn_engine__DOT__pe_acc_we
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
        __Vtemp_ha4832ddf__0[0U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
            [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
        __Vtemp_ha4832ddf__0[1U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
            [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
        __Vtemp_ha4832ddf__0[2U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
            [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
        bufp->chgWData(oldp+87,(__Vtemp_ha4832ddf__0),96);
        bufp->chgCData(oldp+90,(vlSelf->permdnn_engine__DOT__pe_out_we
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
        bufp->chgIData(oldp+91,(vlSelf->permdnn_engine__DOT__pe_acc[0]),32);
        bufp->chgIData(oldp+92,(vlSelf->permdnn_engine__DOT__pe_acc[1]),32);
        bufp->chgIData(oldp+93,(vlSelf->permdnn_engine__DOT__pe_acc[2]),32);
        bufp->chgIData(oldp+94,(vlSelf->permdnn_engine__DOT__pe_acc[3]),32);
        bufp->chgIData(oldp+95,(vlSelf->permdnn_engine__DOT__pe_acc[4]),32);
        bufp->chgIData(oldp+96,(vlSelf->permdnn_engine__DOT__pe_acc[5]),32);
        bufp->chgIData(oldp+97,(vlSelf->permdnn_engine__DOT__pe_acc[6]),32);
        bufp->chgIData(oldp+98,(vlSelf->permdnn_engine__DOT__pe_acc[7]),32);
        bufp->chgSData(oldp+99,(vlSelf->permdnn_engine__DOT__pe_out[0]),16);
        bufp->chgSData(oldp+100,(vlSelf->permdnn_engine__DOT__pe_out[1]),16);
        bufp->chgSData(oldp+101,(vlSelf->permdnn_engine__DOT__pe_out[2]),16);
        bufp->chgSData(oldp+102,(vlSelf->permdnn_engine__DOT__pe_out[3]),16);
        bufp->chgSData(oldp+103,(vlSelf->permdnn_engine__DOT__pe_out[4]),16);
        bufp->chgSData(oldp+104,(vlSelf->permdnn_engine__DOT__pe_out[5]),16);
        bufp->chgSData(oldp+105,(vlSelf->permdnn_engine__DOT__pe_out[6]),16);
        bufp->chgSData(oldp+106,(vlSelf->permdnn_engine__DOT__pe_out[7]),16);
        bufp->chgIData(oldp+107,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+109,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+111,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+112,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+113,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+115,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+117,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+119,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+121,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),32);
        bufp->chgSData(oldp+122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[2U])) {
        bufp->chgCData(oldp+123,(vlSelf->__Vcellout__permdnn_engine__nzd_action),2);
        bufp->chgCData(oldp+124,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word),5);
        bufp->chgSData(oldp+125,(vlSelf->__Vcellout__permdnn_engine__nzd_j),9);
        bufp->chgBit(oldp+126,(vlSelf->__Vcellout__permdnn_engine__draining));
        bufp->chgBit(oldp+127,(vlSelf->permdnn_engine__DOT__running));
        bufp->chgBit(oldp+128,(((IData)(vlSelf->permdnn_engine__DOT__finished) 
                                | (IData)(vlSelf->permdnn_engine__DOT__finish))));
        bufp->chgIData(oldp+129,(vlSelf->permdnn_engine__DOT__cycle_r),32);
        bufp->chgSData(oldp+130,(vlSelf->permdnn_engine__DOT__n_r),9);
        bufp->chgSData(oldp+131,(vlSelf->permdnn_engine__DOT__end_r),9);
        bufp->chgBit(oldp+132,(vlSelf->permdnn_engine__DOT__drain_cfg_r));
        bufp->chgCData(oldp+133,(vlSelf->permdnn_engine__DOT__p_r),7);
        bufp->chgCData(oldp+134,(vlSelf->permdnn_engine__DOT__frac_r),4);
        bufp->chgBit(oldp+135,(vlSelf->permdnn_engine__DOT__relu_r));
        bufp->chgBit(oldp+136,(vlSelf->permdnn_engine__DOT__formula_r));
        bufp->chgBit(oldp+137,(vlSelf->permdnn_engine__DOT__drain_r));
        bufp->chgBit(oldp+138,(vlSelf->permdnn_engine__DOT__finished));
        bufp->chgCData(oldp+139,(vlSelf->permdnn_engine__DOT__active),8);
        bufp->chgCData(oldp+140,((((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                   << 7U) | (((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                              << 6U) 
                                             | (((4U 
                                                  > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                 << 5U) 
                                                | (((4U 
                                                     > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                    << 4U) 
                                                   | (((4U 
                                                        > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                       << 3U) 
                                                      | (((4U 
                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                          << 2U) 
                                                         | (((4U 
                                                              > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                             << 1U) 
                                                            | (4U 
                                                               > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)))))))))),8);
        bufp->chgCData(oldp+141,(vlSelf->permdnn_engine__DOT__idle),8);
        bufp->chgCData(oldp+142,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
                                   << 7U) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained) 
                                              << 6U) 
                                             | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained) 
                                                 << 5U) 
                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained) 
                                                    << 4U) 
                                                   | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained) 
                                                       << 3U) 
                                                      | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained) 
                                                          << 2U) 
                                                         | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained) 
                                                             << 1U) 
                                                            | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained))))))))),8);
        bufp->chgBit(oldp+143,((0xffU == (0xffU & (
                                                   (~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                   | (((4U 
                                                        > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                       << 7U) 
                                                      | (((4U 
                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                          << 6U) 
                                                         | (((4U 
                                                              > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                             << 5U) 
                                                            | (((4U 
                                                                 > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                << 4U) 
                                                               | (((4U 
                                                                    > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                   << 3U) 
                                                                  | (((4U 
                                                                       > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                      << 2U) 
                                                                     | (((4U 
                                                                          > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                         << 1U) 
                                                                        | (4U 
                                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))))))))))))));
        bufp->chgBit(oldp+144,((0xffU == (0xffU & (
                                                   (~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                   | (IData)(vlSelf->permdnn_engine__DOT__idle))))));
        bufp->chgBit(oldp+145,((0xffU == (0xffU & (
                                                   (~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                   | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
                                                       << 7U) 
                                                      | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained) 
                                                          << 6U) 
                                                         | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained) 
                                                             << 5U) 
                                                            | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained) 
                                                                << 4U) 
                                                               | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained) 
                                                                   << 3U) 
                                                                  | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained) 
                                                                      << 2U) 
                                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained) 
                                                                         << 1U) 
                                                                        | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained)))))))))))));
        bufp->chgBit(oldp+146,(((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                                & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending)))));
        bufp->chgBit(oldp+147,(vlSelf->permdnn_engine__DOT__finish));
        bufp->chgBit(oldp+148,(vlSelf->permdnn_engine__DOT__compute));
        bufp->chgBit(oldp+149,(vlSelf->permdnn_engine__DOT__pe_drain));
        bufp->chgSData(oldp+150,(vlSelf->permdnn_engine__DOT__b_x),16);
        bufp->chgSData(oldp+151,(vlSelf->permdnn_engine__DOT__b_c),9);
        bufp->chgCData(oldp+152,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide))),7);
        bufp->chgCData(oldp+153,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide))),7);
        bufp->chgBit(oldp+154,((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))));
        bufp->chgCData(oldp+155,(vlSelf->permdnn_engine__DOT__pe_qcount[0]),3);
        bufp->chgCData(oldp+156,(vlSelf->permdnn_engine__DOT__pe_qcount[1]),3);
        bufp->chgCData(oldp+157,(vlSelf->permdnn_engine__DOT__pe_qcount[2]),3);
        bufp->chgCData(oldp+158,(vlSelf->permdnn_engine__DOT__pe_qcount[3]),3);
        bufp->chgCData(oldp+159,(vlSelf->permdnn_engine__DOT__pe_qcount[4]),3);
        bufp->chgCData(oldp+160,(vlSelf->permdnn_engine__DOT__pe_qcount[5]),3);
        bufp->chgCData(oldp+161,(vlSelf->permdnn_engine__DOT__pe_qcount[6]),3);
        bufp->chgCData(oldp+162,(vlSelf->permdnn_engine__DOT__pe_qcount[7]),3);
        bufp->chgSData(oldp+163,(vlSelf->permdnn_engine__DOT__pe_i[0]),13);
        bufp->chgSData(oldp+164,(vlSelf->permdnn_engine__DOT__pe_i[1]),13);
        bufp->chgSData(oldp+165,(vlSelf->permdnn_engine__DOT__pe_i[2]),13);
        bufp->chgSData(oldp+166,(vlSelf->permdnn_engine__DOT__pe_i[3]),13);
        bufp->chgSData(oldp+167,(vlSelf->permdnn_engine__DOT__pe_i[4]),13);
        bufp->chgSData(oldp+168,(vlSelf->permdnn_engine__DOT__pe_i[5]),13);
        bufp->chgSData(oldp+169,(vlSelf->permdnn_engine__DOT__pe_i[6]),13);
        bufp->chgSData(oldp+170,(vlSelf->permdnn_engine__DOT__pe_i[7]),13);
        bufp->chgSData(oldp+171,(vlSelf->permdnn_engine__DOT__pe_w[0]),13);
        bufp->chgSData(oldp+172,(vlSelf->permdnn_engine__DOT__pe_w[1]),13);
        bufp->chgSData(oldp+173,(vlSelf->permdnn_engine__DOT__pe_w[2]),13);
        bufp->chgSData(oldp+174,(vlSelf->permdnn_engine__DOT__pe_w[3]),13);
        bufp->chgSData(oldp+175,(vlSelf->permdnn_engine__DOT__pe_w[4]),13);
        bufp->chgSData(oldp+176,(vlSelf->permdnn_engine__DOT__pe_w[5]),13);
        bufp->chgSData(oldp+177,(vlSelf->permdnn_engine__DOT__pe_w[6]),13);
        bufp->chgSData(oldp+178,(vlSelf->permdnn_engine__DOT__pe_w[7]),13);
        bufp->chgSData(oldp+179,(vlSelf->permdnn_engine__DOT__pe_m[0]),13);
        bufp->chgSData(oldp+180,(vlSelf->permdnn_engine__DOT__pe_m[1]),13);
        bufp->chgSData(oldp+181,(vlSelf->permdnn_engine__DOT__pe_m[2]),13);
        bufp->chgSData(oldp+182,(vlSelf->permdnn_engine__DOT__pe_m[3]),13);
        bufp->chgSData(oldp+183,(vlSelf->permdnn_engine__DOT__pe_m[4]),13);
        bufp->chgSData(oldp+184,(vlSelf->permdnn_engine__DOT__pe_m[5]),13);
        bufp->chgSData(oldp+185,(vlSelf->permdnn_engine__DOT__pe_m[6]),13);
        bufp->chgSData(oldp+186,(vlSelf->permdnn_engine__DOT__pe_m[7]),13);
        bufp->chgSData(oldp+187,(vlSelf->permdnn_engine__DOT__pe_a[0]),13);
        bufp->chgSData(oldp+188,(vlSelf->permdnn_engine__DOT__pe_a[1]),13);
        bufp->chgSData(oldp+189,(vlSelf->permdnn_engine__DOT__pe_a[2]),13);
        bufp->chgSData(oldp+190,(vlSelf->permdnn_engine__DOT__pe_a[3]),13);
        bufp->chgSData(oldp+191,(vlSelf->permdnn_engine__DOT__pe_a[4]),13);
        bufp->chgSData(oldp+192,(vlSelf->permdnn_engine__DOT__pe_a[5]),13);
        bufp->chgSData(oldp+193,(vlSelf->permdnn_engine__DOT__pe_a[6]),13);
        bufp->chgSData(oldp+194,(vlSelf->permdnn_engine__DOT__pe_a[7]),13);
        bufp->chgCData(oldp+195,(vlSelf->permdnn_engine__DOT__pe_a_active[0]),2);
        bufp->chgCData(oldp+196,(vlSelf->permdnn_engine__DOT__pe_a_active[1]),2);
        bufp->chgCData(oldp+197,(vlSelf->permdnn_engine__DOT__pe_a_active[2]),2);
        bufp->chgCData(oldp+198,(vlSelf->permdnn_engine__DOT__pe_a_active[3]),2);
        bufp->chgCData(oldp+199,(vlSelf->permdnn_engine__DOT__pe_a_active[4]),2);
        bufp->chgCData(oldp+200,(vlSelf->permdnn_engine__DOT__pe_a_active[5]),2);
        bufp->chgCData(oldp+201,(vlSelf->permdnn_engine__DOT__pe_a_active[6]),2);
        bufp->chgCData(oldp+202,(vlSelf->permdnn_engine__DOT__pe_a_active[7]),2);
        bufp->chgQData(oldp+203,(vlSelf->permdnn_engine__DOT__pe_a_rows[0]),36);
        bufp->chgQData(oldp+205,(vlSelf->permdnn_engine__DOT__pe_a_rows[1]),36);
        bufp->chgQData(oldp+207,(vlSelf->permdnn_engine__DOT__pe_a_rows[2]),36);
        bufp->chgQData(oldp+209,(vlSelf->permdnn_engine__DOT__pe_a_rows[3]),36);
        bufp->chgQData(oldp+211,(vlSelf->permdnn_engine__DOT__pe_a_rows[4]),36);
        bufp->chgQData(oldp+213,(vlSelf->permdnn_engine__DOT__pe_a_rows[5]),36);
        bufp->chgQData(oldp+215,(vlSelf->permdnn_engine__DOT__pe_a_rows[6]),36);
        bufp->chgQData(oldp+217,(vlSelf->permdnn_engine__DOT__pe_a_rows[7]),36);
        bufp->chgWData(oldp+219,(vlSelf->permdnn_engine__DOT__pe_a_prod[0]),96);
        bufp->chgWData(oldp+222,(vlSelf->permdnn_engine__DOT__pe_a_prod[1]),96);
        bufp->chgWData(oldp+225,(vlSelf->permdnn_engine__DOT__pe_a_prod[2]),96);
        bufp->chgWData(oldp+228,(vlSelf->permdnn_engine__DOT__pe_a_prod[3]),96);
        bufp->chgWData(oldp+231,(vlSelf->permdnn_engine__DOT__pe_a_prod[4]),96);
        bufp->chgWData(oldp+234,(vlSelf->permdnn_engine__DOT__pe_a_prod[5]),96);
        bufp->chgWData(oldp+237,(vlSelf->permdnn_engine__DOT__pe_a_prod[6]),96);
        bufp->chgWData(oldp+240,(vlSelf->permdnn_engine__DOT__pe_a_prod[7]),96);
        bufp->chgCData(oldp+243,(vlSelf->permdnn_engine__DOT__pe_acc_we[0]),3);
        bufp->chgCData(oldp+244,(vlSelf->permdnn_engine__DOT__pe_acc_we[1]),3);
        bufp->chgCData(oldp+245,(vlSelf->permdnn_engine__DOT__pe_acc_we[2]),3);
        bufp->chgCData(oldp+246,(vlSelf->permdnn_engine__DOT__pe_acc_we[3]),3);
        bufp->chgCData(oldp+247,(vlSelf->permdnn_engine__DOT__pe_acc_we[4]),3);
        bufp->chgCData(oldp+248,(vlSelf->permdnn_engine__DOT__pe_acc_we[5]),3);
        bufp->chgCData(oldp+249,(vlSelf->permdnn_engine__DOT__pe_acc_we[6]),3);
        bufp->chgCData(oldp+250,(vlSelf->permdnn_engine__DOT__pe_acc_we[7]),3);
        bufp->chgWData(oldp+251,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[0]),96);
        bufp->chgWData(oldp+254,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[1]),96);
        bufp->chgWData(oldp+257,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[2]),96);
        bufp->chgWData(oldp+260,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[3]),96);
        bufp->chgWData(oldp+263,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[4]),96);
        bufp->chgWData(oldp+266,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[5]),96);
        bufp->chgWData(oldp+269,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[6]),96);
        bufp->chgWData(oldp+272,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[7]),96);
        bufp->chgCData(oldp+275,(vlSelf->permdnn_engine__DOT__pe_out_we[0]),3);
        bufp->chgCData(oldp+276,(vlSelf->permdnn_engine__DOT__pe_out_we[1]),3);
        bufp->chgCData(oldp+277,(vlSelf->permdnn_engine__DOT__pe_out_we[2]),3);
        bufp->chgCData(oldp+278,(vlSelf->permdnn_engine__DOT__pe_out_we[3]),3);
        bufp->chgCData(oldp+279,(vlSelf->permdnn_engine__DOT__pe_out_we[4]),3);
        bufp->chgCData(oldp+280,(vlSelf->permdnn_engine__DOT__pe_out_we[5]),3);
        bufp->chgCData(oldp+281,(vlSelf->permdnn_engine__DOT__pe_out_we[6]),3);
        bufp->chgCData(oldp+282,(vlSelf->permdnn_engine__DOT__pe_out_we[7]),3);
        bufp->chgCData(oldp+283,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+284,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+285,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+286,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+287,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+288,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+289,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows),5);
        bufp->chgCData(oldp+290,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows),5);
        bufp->chgSData(oldp+291,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base),10);
        bufp->chgSData(oldp+292,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base),9);
        bufp->chgSData(oldp+293,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending),16);
        bufp->chgWData(oldp+294,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__held),256);
        bufp->chgWData(oldp+302,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata),256);
        bufp->chgBit(oldp+310,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more));
        bufp->chgSData(oldp+311,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining),10);
        bufp->chgBit(oldp+312,((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))));
        bufp->chgSData(oldp+313,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask),16);
        bufp->chgCData(oldp+314,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos),4);
        bufp->chgSData(oldp+315,(vlSelf->permdnn_engine__DOT__p_r),9);
        bufp->chgSData(oldp+316,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),9);
        bufp->chgSData(oldp+317,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide),9);
        bufp->chgSData(oldp+318,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide),9);
        bufp->chgBit(oldp+319,((1U & VL_REDXOR_32((3U 
                                                   & (((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                       ^ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide)) 
                                                      >> 7U))))));
        bufp->chgCData(oldp+320,((0xfU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))),4);
        bufp->chgSData(oldp+321,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+322,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+323,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+324,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+325,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+326,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+327,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+328,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+329,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+330,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+331,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+332,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+333,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+334,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+335,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+336,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+337,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+338,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+339,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+340,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+341,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+342,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+343,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+344,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+345,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+346,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+347,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+348,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+349,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+350,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+351,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+352,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+353,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+354,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+355,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+356,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+357,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+358,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+359,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+360,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+361,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+362,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+363,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+364,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+365,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+366,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+367,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+368,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+369,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+370,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+371,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+372,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+373,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+374,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+375,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+376,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+377,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+378,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+379,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+380,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+381,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+382,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+383,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+384,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+385,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+386,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+387,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+388,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+389,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+390,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+391,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+392,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+393,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+394,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+395,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+396,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+397,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+398,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+399,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+400,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+401,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+402,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+403,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+404,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+405,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+406,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+407,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+408,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+409,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+410,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+411,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+412,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+413,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+414,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+415,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+416,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+417,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+418,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+419,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+420,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+421,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+422,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+423,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+424,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+425,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+426,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+427,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+428,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+429,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+430,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+431,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+432,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+433,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+434,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+435,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+436,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+437,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+438,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+439,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+440,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+441,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+442,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+443,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+444,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+445,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+446,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+447,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+448,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+449,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+450,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+451,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+452,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+453,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+454,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+455,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+456,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+457,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+458,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+459,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+460,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+461,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+462,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+463,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+464,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+465,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+466,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+467,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+468,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+469,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+470,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+471,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+472,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+473,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+474,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+475,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+476,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+477,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+478,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+479,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+480,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+481,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+482,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+483,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+484,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+485,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+486,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+487,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+488,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+489,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+490,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+491,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+492,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+493,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+494,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+495,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+496,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+497,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+498,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+499,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+500,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+501,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+502,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+503,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+504,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+505,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+506,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+507,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+508,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+509,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+510,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+511,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+512,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+513,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+514,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+515,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+516,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+517,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+518,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+519,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+520,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+521,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+522,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+523,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+524,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+525,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+526,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+527,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+528,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+529,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+530,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+531,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+532,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+533,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+534,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+535,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+536,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+537,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+538,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+539,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+540,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+541,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+542,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+543,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+544,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+545,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+546,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+547,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+548,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+549,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+550,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+551,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+552,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+553,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+554,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+555,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+556,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+557,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+558,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+559,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+560,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[15]),16);
        bufp->chgSData(oldp+561,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[0]),16);
        bufp->chgSData(oldp+562,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[1]),16);
        bufp->chgSData(oldp+563,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[2]),16);
        bufp->chgSData(oldp+564,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[3]),16);
        bufp->chgSData(oldp+565,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[4]),16);
        bufp->chgSData(oldp+566,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[5]),16);
        bufp->chgSData(oldp+567,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[6]),16);
        bufp->chgSData(oldp+568,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[7]),16);
        bufp->chgSData(oldp+569,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[8]),16);
        bufp->chgSData(oldp+570,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[9]),16);
        bufp->chgSData(oldp+571,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[10]),16);
        bufp->chgSData(oldp+572,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[11]),16);
        bufp->chgSData(oldp+573,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[12]),16);
        bufp->chgSData(oldp+574,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[13]),16);
        bufp->chgSData(oldp+575,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[14]),16);
        bufp->chgSData(oldp+576,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[15]),16);
        bufp->chgBit(oldp+577,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+578,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+579,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+584,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+585,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+586,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+587,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+589,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+590,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+592,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+593,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+595,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+597,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+604,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+605,((0x1fU & VL_DIV_III(5, 
                                                     (0x1fU 
                                                      & ((IData)(2U) 
                                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+606,((7U & VL_DIV_III(5, 
                                                  (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+607,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+608,((1U & VL_REDXOR_32((3U 
                                                   & (VL_DIV_III(5, 
                                                                 (0x1fU 
                                                                  & ((IData)(2U) 
                                                                     + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)) 
                                                      >> 3U))))));
        bufp->chgQData(oldp+609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+611,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+612,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+613,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+614,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                   << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                << 7U) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+615,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+616,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x20U))))),16);
        bufp->chgCData(oldp+617,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                   ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+618,((((QData)((IData)(
                                                   (0xfffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                         << 1U) 
                                                        + 
                                                        (0x7fU 
                                                         & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                             : 
                                                            ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                   << 0x18U) | (QData)((IData)(
                                                               ((0xfff000U 
                                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                     + 
                                                                     ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                      + 
                                                                      (0x7fU 
                                                                       & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                           : 
                                                                          ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                           + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                    << 0xcU)) 
                                                                | (0xfffU 
                                                                   & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      (0x7fU 
                                                                       & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                           : 
                                                                          ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                           + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+620,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+621,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+622,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+624,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+625,((((QData)((IData)(
                                                   ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr] 
                                                     << 0x10U) 
                                                    | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr]))) 
                                   << 0x10U) | (QData)((IData)(
                                                               vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                               [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+627,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+628,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+631,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_h32cdafa3__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h32cdafa3__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_h32cdafa3__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+633,(__Vtemp_h32cdafa3__0),96);
        bufp->chgSData(oldp+636,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+637,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                   << 0x18U) | (QData)((IData)(
                                                               (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                 << 0xcU) 
                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_hfc3b8210__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_hfc3b8210__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_hfc3b8210__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+639,(__Vtemp_hfc3b8210__0),96);
        bufp->chgQData(oldp+642,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+644,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+646,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+647,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+648,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+649,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+651,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+652,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+653,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+654,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+655,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+657,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+659,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+661,((0xfffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+662,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+664,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+667,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                     >> 0x10U)))),16);
        bufp->chgIData(oldp+668,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & (IData)(
                                                                          (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                           >> 0x10U)))), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+669,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+670,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+671,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+673,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+675,((0xfffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+676,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+677,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+678,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+679,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+681,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                     >> 0x20U)))),16);
        bufp->chgIData(oldp+682,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & (IData)(
                                                                          (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                           >> 0x20U)))), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+683,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+684,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+685,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+687,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+689,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+818,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x20U)))),16);
        bufp->chgSData(oldp+819,((0x1ffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),9);
        bufp->chgSData(oldp+820,((0x1ffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xeU)))),9);
        bufp->chgCData(oldp+821,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 7U)))),7);
        bufp->chgCData(oldp+822,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+831,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+832,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xeU))))),9);
        bufp->chgCData(oldp+833,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+836,((7U & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+837,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+838,((0x1fU & ((IData)(3U) 
                                           * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+840,(vlSelf->permdnn_engine__DOT__p_r),12);
        bufp->chgSData(oldp+841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+844,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+850,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+853,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+855,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+856,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+859,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+860,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+861,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+862,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+863,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+864,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+865,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+866,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+867,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+868,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+871,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+872,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+873,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+874,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+875,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+877,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+878,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+879,((((QData)((IData)(vlSelf->permdnn_engine__DOT__b_x)) 
                                   << 0x20U) | (QData)((IData)(
                                                               (((IData)(vlSelf->__Vcellout__permdnn_engine__nzd_j) 
                                                                 << 0x17U) 
                                                                | (((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                                                                    << 0xeU) 
                                                                   | ((0x3f80U 
                                                                       & ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                                          << 7U)) 
                                                                      | (0x7fU 
                                                                         & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide))))))))),48);
        bufp->chgQData(oldp+881,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+885,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+887,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+889,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+890,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+891,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+892,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+893,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+894,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+895,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+897,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+898,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+899,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+900,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+901,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+902,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+904,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+906,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+908,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+909,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+911,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+914,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+915,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+918,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+919,((0x1fU & VL_DIV_III(5, 
                                                     (0x1fU 
                                                      & ((IData)(2U) 
                                                         + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+920,((7U & VL_DIV_III(5, 
                                                  (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+921,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+922,((1U & VL_REDXOR_32((3U 
                                                   & (VL_DIV_III(5, 
                                                                 (0x1fU 
                                                                  & ((IData)(2U) 
                                                                     + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)) 
                                                      >> 3U))))));
        bufp->chgQData(oldp+923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+925,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+926,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+927,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+928,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                   << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                << 7U) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+929,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+930,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x20U))))),16);
        bufp->chgCData(oldp+931,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                   ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+932,((((QData)((IData)(
                                                   (0xfffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                       + 
                                                       (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                         << 1U) 
                                                        + 
                                                        (0x7fU 
                                                         & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                             : 
                                                            ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                   << 0x18U) | (QData)((IData)(
                                                               ((0xfff000U 
                                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                     + 
                                                                     ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                      + 
                                                                      (0x7fU 
                                                                       & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                           : 
                                                                          ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                           + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                    << 0xcU)) 
                                                                | (0xfffU 
                                                                   & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      (0x7fU 
                                                                       & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                           >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                           : 
                                                                          ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                           + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+934,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+935,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+936,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+938,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+939,((((QData)((IData)(
                                                   ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr] 
                                                     << 0x10U) 
                                                    | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                    [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr]))) 
                                   << 0x10U) | (QData)((IData)(
                                                               vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                               [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+941,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+942,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_hb05d57c6__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_hb05d57c6__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_hb05d57c6__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+947,(__Vtemp_hb05d57c6__0),96);
        bufp->chgSData(oldp+950,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+951,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                   << 0x18U) | (QData)((IData)(
                                                               (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                 << 0xcU) 
                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_hc1cf2085__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_hc1cf2085__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_hc1cf2085__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+953,(__Vtemp_hc1cf2085__0),96);
        bufp->chgQData(oldp+956,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+958,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+961,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+962,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+963,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+965,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+966,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+967,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+968,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+969,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+971,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+975,((0xfffU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+976,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+978,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+979,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+981,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                     >> 0x10U)))),16);
        bufp->chgIData(oldp+982,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & (IData)(
                                                                          (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                           >> 0x10U)))), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+983,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+984,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+985,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+987,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+989,((0xfffU & ((IData)(2U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+992,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                   ? 0x7fffffffU : 
                                  (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+993,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+995,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                     >> 0x20U)))),16);
        bufp->chgIData(oldp+996,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                               (0xffffU 
                                                                & (IData)(
                                                                          (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                           >> 0x20U)))), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+997,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+998,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+999,((0x1ffffffffULL & 
                                  ((((QData)((IData)(
                                                     ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                      & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                     << 0x20U) | (QData)((IData)(
                                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                   ? 0U
                                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                   + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1003,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+1131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1132,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+1133,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+1134,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+1135,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+1136,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+1137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+1140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+1141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+1142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+1143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+1144,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+1146,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+1147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+1148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+1149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1150,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+1151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1152,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+1153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+1154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+1155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1157,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1164,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+1166,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+1167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1168,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1169,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1177,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+1178,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+1179,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1181,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1182,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1184,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+1190,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+1191,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1192,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+1194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+1196,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+1198,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+1200,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+1202,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1203,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1204,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1205,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+1207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1208,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+1209,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+1210,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1211,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+1212,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+1213,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+1215,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+1216,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1217,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+1218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+1219,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+1220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+1222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+1225,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+1226,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+1229,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+1230,((0x1fU & VL_DIV_III(5, 
                                                      (0x1fU 
                                                       & ((IData)(2U) 
                                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+1231,((7U & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+1232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+1233,((1U & VL_REDXOR_32(
                                                   (3U 
                                                    & (VL_DIV_III(5, 
                                                                  (0x1fU 
                                                                   & ((IData)(2U) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)) 
                                                       >> 3U))))));
        bufp->chgQData(oldp+1234,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+1236,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1237,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1238,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+1239,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                    << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                 << 7U) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+1240,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1241,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgCData(oldp+1242,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                    ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+1243,((((QData)((IData)(
                                                    (0xfffU 
                                                     & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                        + 
                                                        (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                          << 1U) 
                                                         + 
                                                         (0x7fU 
                                                          & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                              : 
                                                             ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                    << 0x18U) | (QData)((IData)(
                                                                ((0xfff000U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xcU)) 
                                                                 | (0xfffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+1245,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+1246,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+1247,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+1249,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+1250,((((QData)((IData)(
                                                    ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr] 
                                                      << 0x10U) 
                                                     | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr]))) 
                                    << 0x10U) | (QData)((IData)(
                                                                vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+1252,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+1253,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+1254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+1256,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_h45fdbc4e__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h45fdbc4e__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_h45fdbc4e__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1258,(__Vtemp_h45fdbc4e__0),96);
        bufp->chgSData(oldp+1261,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+1262,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                    << 0x18U) | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                  << 0xcU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_h5980a70d__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_h5980a70d__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_h5980a70d__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1264,(__Vtemp_h5980a70d__0),96);
        bufp->chgQData(oldp+1267,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+1269,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+1271,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1272,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+1273,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1274,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1276,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+1277,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1278,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1279,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1280,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+1282,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1284,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1286,((0xfffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+1287,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+1289,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1290,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1292,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x10U)))),16);
        bufp->chgIData(oldp+1293,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x10U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1294,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1295,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1296,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1300,((0xfffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+1301,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+1303,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1304,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1306,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x20U)))),16);
        bufp->chgIData(oldp+1307,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x20U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1308,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1309,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1310,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1314,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+1442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1443,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+1444,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+1445,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+1446,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+1447,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+1448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+1451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+1452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+1453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+1454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+1455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+1457,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+1458,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+1459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+1460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1461,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+1462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1463,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+1464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+1465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+1466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1468,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1472,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1475,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+1477,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+1478,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1480,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1483,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1488,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+1489,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+1490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1491,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1492,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1493,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1494,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1495,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1496,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1497,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1499,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1500,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+1501,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+1502,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1503,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+1505,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+1507,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+1509,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+1511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1512,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+1513,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1514,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1515,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+1518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1519,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+1520,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+1521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1522,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+1523,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+1524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1525,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+1526,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+1527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1528,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+1529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+1530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+1531,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+1533,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+1536,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+1537,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+1540,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+1541,((0x1fU & VL_DIV_III(5, 
                                                      (0x1fU 
                                                       & ((IData)(2U) 
                                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+1542,((7U & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+1543,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+1544,((1U & VL_REDXOR_32(
                                                   (3U 
                                                    & (VL_DIV_III(5, 
                                                                  (0x1fU 
                                                                   & ((IData)(2U) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)) 
                                                       >> 3U))))));
        bufp->chgQData(oldp+1545,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+1547,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1548,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1549,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+1550,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                    << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                 << 7U) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+1551,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1552,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgCData(oldp+1553,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                    ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+1554,((((QData)((IData)(
                                                    (0xfffU 
                                                     & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                        + 
                                                        (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                          << 1U) 
                                                         + 
                                                         (0x7fU 
                                                          & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                              : 
                                                             ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                    << 0x18U) | (QData)((IData)(
                                                                ((0xfff000U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xcU)) 
                                                                 | (0xfffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+1556,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+1557,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+1558,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+1560,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+1561,((((QData)((IData)(
                                                    ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr] 
                                                      << 0x10U) 
                                                     | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr]))) 
                                    << 0x10U) | (QData)((IData)(
                                                                vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+1563,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+1564,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+1565,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+1567,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_h735b0063__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h735b0063__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_h735b0063__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1569,(__Vtemp_h735b0063__0),96);
        bufp->chgSData(oldp+1572,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+1573,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                    << 0x18U) | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                  << 0xcU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_h56f96812__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_h56f96812__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_h56f96812__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1575,(__Vtemp_h56f96812__0),96);
        bufp->chgQData(oldp+1578,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+1580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+1582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+1584,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1585,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1587,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+1588,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1589,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1590,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+1593,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1595,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1597,((0xfffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+1598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+1600,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1603,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x10U)))),16);
        bufp->chgIData(oldp+1604,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x10U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1605,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1606,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1607,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1611,((0xfffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+1612,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1613,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+1614,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1615,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1617,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x20U)))),16);
        bufp->chgIData(oldp+1618,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x20U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1619,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1620,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1621,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1625,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+1753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1754,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+1755,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+1756,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+1757,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+1758,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+1759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+1762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+1763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+1764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+1765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+1766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+1768,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+1769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+1770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+1771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1772,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+1773,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1774,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+1775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+1776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+1777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1778,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1779,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1786,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+1788,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+1789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1791,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1798,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1799,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+1800,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+1801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+1802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1803,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1804,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1806,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+1812,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+1813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+1816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+1818,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+1820,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+1822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+1823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+1824,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1825,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1826,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+1829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+1831,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+1832,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1833,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+1834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+1835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1836,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+1837,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+1838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+1840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+1841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+1842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+1844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+1847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+1848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+1851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+1852,((0x1fU & VL_DIV_III(5, 
                                                      (0x1fU 
                                                       & ((IData)(2U) 
                                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+1853,((7U & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+1854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+1855,((1U & VL_REDXOR_32(
                                                   (3U 
                                                    & (VL_DIV_III(5, 
                                                                  (0x1fU 
                                                                   & ((IData)(2U) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)) 
                                                       >> 3U))))));
        bufp->chgQData(oldp+1856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+1858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1859,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1860,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+1861,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                    << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                 << 7U) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+1862,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1863,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgCData(oldp+1864,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                    ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+1865,((((QData)((IData)(
                                                    (0xfffU 
                                                     & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                        + 
                                                        (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                          << 1U) 
                                                         + 
                                                         (0x7fU 
                                                          & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                              : 
                                                             ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                    << 0x18U) | (QData)((IData)(
                                                                ((0xfff000U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xcU)) 
                                                                 | (0xfffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+1867,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+1868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+1869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+1871,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+1872,((((QData)((IData)(
                                                    ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr] 
                                                      << 0x10U) 
                                                     | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr]))) 
                                    << 0x10U) | (QData)((IData)(
                                                                vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+1874,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+1875,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+1876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+1878,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_h1ab84048__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_h1ab84048__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_h1ab84048__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1880,(__Vtemp_h1ab84048__0),96);
        bufp->chgSData(oldp+1883,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+1884,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                    << 0x18U) | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                  << 0xcU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_h9ce14ea3__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_h9ce14ea3__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_h9ce14ea3__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+1886,(__Vtemp_h9ce14ea3__0),96);
        bufp->chgQData(oldp+1889,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+1891,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+1893,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1894,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+1895,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1898,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+1899,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1900,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1901,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1902,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+1904,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1906,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1908,((0xfffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+1909,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+1911,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1912,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1914,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x10U)))),16);
        bufp->chgIData(oldp+1915,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x10U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1916,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1917,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1918,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1920,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+1922,((0xfffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+1923,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+1924,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+1925,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+1926,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+1928,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x20U)))),16);
        bufp->chgIData(oldp+1929,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x20U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1930,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+1931,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+1932,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+1934,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+1936,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+2064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2065,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2066,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+2067,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+2068,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+2069,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+2070,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+2071,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+2072,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+2073,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+2074,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+2075,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+2076,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+2077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+2078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+2079,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+2080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+2081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+2082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+2083,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+2084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+2085,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+2086,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+2087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+2088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2090,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2091,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2096,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2098,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+2099,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+2100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2102,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2104,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+2111,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+2112,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2114,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2115,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+2123,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+2124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+2125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+2127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+2129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+2131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+2133,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+2134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+2135,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+2136,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+2137,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+2138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+2139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+2140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+2141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+2142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+2143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+2144,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+2145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+2146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+2147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+2148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+2149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+2150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+2151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+2152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+2153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+2155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+2158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+2159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+2162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+2163,((0x1fU & VL_DIV_III(5, 
                                                      (0x1fU 
                                                       & ((IData)(2U) 
                                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+2164,((7U & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+2165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+2166,((1U & VL_REDXOR_32(
                                                   (3U 
                                                    & (VL_DIV_III(5, 
                                                                  (0x1fU 
                                                                   & ((IData)(2U) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)) 
                                                       >> 3U))))));
        bufp->chgQData(oldp+2167,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+2169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+2170,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+2171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+2172,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                    << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                 << 7U) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+2173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+2174,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgCData(oldp+2175,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                    ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+2176,((((QData)((IData)(
                                                    (0xfffU 
                                                     & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                        + 
                                                        (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                          << 1U) 
                                                         + 
                                                         (0x7fU 
                                                          & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                              : 
                                                             ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                    << 0x18U) | (QData)((IData)(
                                                                ((0xfff000U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xcU)) 
                                                                 | (0xfffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+2178,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+2179,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+2180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+2182,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+2183,((((QData)((IData)(
                                                    ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr] 
                                                      << 0x10U) 
                                                     | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr]))) 
                                    << 0x10U) | (QData)((IData)(
                                                                vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+2185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+2186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+2187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+2189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_hf172c706__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_hf172c706__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_hf172c706__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+2191,(__Vtemp_hf172c706__0),96);
        bufp->chgSData(oldp+2194,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+2195,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                    << 0x18U) | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                  << 0xcU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_he3434c2e__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_he3434c2e__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_he3434c2e__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+2197,(__Vtemp_he3434c2e__0),96);
        bufp->chgQData(oldp+2200,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+2202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+2204,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2205,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+2206,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2209,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+2210,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2211,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2212,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2213,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+2215,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2217,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+2219,((0xfffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+2220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+2222,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2223,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2225,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x10U)))),16);
        bufp->chgIData(oldp+2226,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x10U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2227,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2228,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2229,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2231,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+2233,((0xfffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+2234,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+2236,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2237,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2239,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x20U)))),16);
        bufp->chgIData(oldp+2240,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x20U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2241,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2242,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2243,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2245,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+2247,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+2375,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2376,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2377,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+2378,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+2379,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+2380,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+2381,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+2382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+2383,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+2384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+2385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+2386,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+2387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+2388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+2389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+2390,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+2391,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+2392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+2393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+2394,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+2395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+2396,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+2397,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+2398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+2399,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2401,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2403,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2406,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2407,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2409,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+2410,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+2411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2412,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2413,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2414,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2421,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+2422,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+2423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2425,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2426,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2430,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2433,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+2434,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+2435,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+2436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+2438,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+2440,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+2442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+2444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+2445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+2446,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+2447,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+2448,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+2449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+2450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+2451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+2452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+2453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+2454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+2455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+2456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+2457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+2458,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+2459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+2460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+2461,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+2462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+2463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+2464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+2466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+2469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+2470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+2473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+2474,((0x1fU & VL_DIV_III(5, 
                                                      (0x1fU 
                                                       & ((IData)(2U) 
                                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+2475,((7U & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+2476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+2477,((1U & VL_REDXOR_32(
                                                   (3U 
                                                    & (VL_DIV_III(5, 
                                                                  (0x1fU 
                                                                   & ((IData)(2U) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)) 
                                                       >> 3U))))));
        bufp->chgQData(oldp+2478,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+2480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+2481,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+2482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+2483,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                    << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                 << 7U) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+2484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+2485,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgCData(oldp+2486,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                    ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+2487,((((QData)((IData)(
                                                    (0xfffU 
                                                     & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                        + 
                                                        (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                          << 1U) 
                                                         + 
                                                         (0x7fU 
                                                          & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                              : 
                                                             ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                    << 0x18U) | (QData)((IData)(
                                                                ((0xfff000U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xcU)) 
                                                                 | (0xfffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+2489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+2490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+2491,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+2493,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+2494,((((QData)((IData)(
                                                    ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr] 
                                                      << 0x10U) 
                                                     | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr]))) 
                                    << 0x10U) | (QData)((IData)(
                                                                vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+2496,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+2497,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+2498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+2500,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_heba52d83__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_heba52d83__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_heba52d83__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+2502,(__Vtemp_heba52d83__0),96);
        bufp->chgSData(oldp+2505,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+2506,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                    << 0x18U) | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                  << 0xcU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_h7c44074b__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_h7c44074b__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_h7c44074b__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+2508,(__Vtemp_h7c44074b__0),96);
        bufp->chgQData(oldp+2511,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+2513,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+2515,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+2517,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2520,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+2521,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2522,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2523,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+2526,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2528,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+2530,((0xfffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+2531,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+2533,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2534,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2536,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x10U)))),16);
        bufp->chgIData(oldp+2537,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x10U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2538,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2539,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2540,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2542,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+2544,((0xfffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+2545,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2546,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+2547,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2548,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2550,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x20U)))),16);
        bufp->chgIData(oldp+2551,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x20U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2552,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2553,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2554,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2556,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+2558,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+2686,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2687,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2688,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+2689,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+2690,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+2691,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+2692,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+2693,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+2694,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+2695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+2696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+2697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+2698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+2699,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+2700,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+2701,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+2702,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+2703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+2704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+2705,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+2706,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+2707,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+2708,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+2709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+2710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2711,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2712,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2713,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2717,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2719,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2720,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+2721,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+2722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2724,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2725,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2728,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2732,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+2733,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+2734,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+2735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2736,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2737,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2738,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2740,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2741,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2743,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2744,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+2745,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+2746,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+2747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+2749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+2751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+2753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+2755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+2756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
        bufp->chgBit(oldp+2757,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+2758,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+2759,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+2760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+2761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
        bufp->chgBit(oldp+2762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+2763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+2764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),3);
        bufp->chgBit(oldp+2765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+2766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+2767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot),3);
        bufp->chgBit(oldp+2768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+2769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+2770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot),3);
        bufp->chgBit(oldp+2771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+2772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+2773,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot),3);
        bufp->chgCData(oldp+2774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active),2);
        bufp->chgQData(oldp+2775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows),36);
        bufp->chgWData(oldp+2777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products),96);
        bufp->chgCData(oldp+2780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we),3);
        bufp->chgWData(oldp+2781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata),96);
        bufp->chgCData(oldp+2784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we),3);
        bufp->chgCData(oldp+2785,((0x1fU & VL_DIV_III(5, 
                                                      (0x1fU 
                                                       & ((IData)(2U) 
                                                          + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))),5);
        bufp->chgCData(oldp+2786,((7U & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))),3);
        bufp->chgSData(oldp+2787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__rows),12);
        bufp->chgBit(oldp+2788,((1U & VL_REDXOR_32(
                                                   (3U 
                                                    & (VL_DIV_III(5, 
                                                                  (0x1fU 
                                                                   & ((IData)(2U) 
                                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)) 
                                                       >> 3U))))));
        bufp->chgQData(oldp+2789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+2791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+2792,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+2793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__k_addr),12);
        bufp->chgIData(oldp+2794,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                    << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                                 << 7U) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
        bufp->chgBit(oldp+2795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+2796,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgCData(oldp+2797,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                    ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
        bufp->chgQData(oldp+2798,((((QData)((IData)(
                                                    (0xfffU 
                                                     & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                        + 
                                                        (((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                          << 1U) 
                                                         + 
                                                         (0x7fU 
                                                          & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                              >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                                              : 
                                                             ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                              + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))) 
                                    << 0x18U) | (QData)((IData)(
                                                                ((0xfff000U 
                                                                  & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                      + 
                                                                      ((IData)(vlSelf->permdnn_engine__DOT__p_r) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r)))))) 
                                                                     << 0xcU)) 
                                                                 | (0xfffU 
                                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row) 
                                                                       + 
                                                                       (0x7fU 
                                                                        & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                                                            : 
                                                                           ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))))))),36);
        bufp->chgSData(oldp+2800,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgCData(oldp+2801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_active),2);
        bufp->chgQData(oldp+2802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_rows),36);
        bufp->chgSData(oldp+2804,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr),12);
        bufp->chgQData(oldp+2805,((((QData)((IData)(
                                                    ((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                      [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr] 
                                                      << 0x10U) 
                                                     | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                     [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr]))) 
                                    << 0x10U) | (QData)((IData)(
                                                                vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                                [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr])))),48);
        bufp->chgSData(oldp+2807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgCData(oldp+2808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_active),2);
        bufp->chgQData(oldp+2809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_rows),36);
        bufp->chgQData(oldp+2811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w),48);
        __Vtemp_hd34ccef1__0[0U] = VL_MULS_III(32, 
                                               VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))), 
                                               VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)));
        __Vtemp_hd34ccef1__0[1U] = (IData)((((QData)((IData)(
                                                             VL_MULS_III(32, 
                                                                         VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                         VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x))))) 
                                             << 0x20U) 
                                            | (QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))))));
        __Vtemp_hd34ccef1__0[2U] = (IData)(((((QData)((IData)(
                                                              VL_MULS_III(32, 
                                                                          VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x20U)))), 
                                                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x))))) 
                                              << 0x20U) 
                                             | (QData)((IData)(
                                                               VL_MULS_III(32, 
                                                                           VL_EXTENDS_II(32,16, 
                                                                                (0xffffU 
                                                                                & (IData)(
                                                                                (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                                >> 0x10U)))), 
                                                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+2813,(__Vtemp_hd34ccef1__0),96);
        bufp->chgSData(oldp+2816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr),12);
        bufp->chgQData(oldp+2817,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
                                    << 0x18U) | (QData)((IData)(
                                                                (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbbc7b116__0) 
                                                                  << 0xcU) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb10343e__0)))))),36);
        __Vtemp_hc826a273__0[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        __Vtemp_hc826a273__0[1U] = (IData)((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                             << 0x20U) 
                                            | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))));
        __Vtemp_hc826a273__0[2U] = (IData)(((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)) 
                                              << 0x20U) 
                                             | (QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc))) 
                                            >> 0x20U));
        bufp->chgWData(oldp+2819,(__Vtemp_hc826a273__0),96);
        bufp->chgQData(oldp+2822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__out_waddr),36);
        bufp->chgQData(oldp+2824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__out_wdata),48);
        bufp->chgIData(oldp+2826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[0U]),32);
        bufp->chgIData(oldp+2828,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2831,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))),16);
        bufp->chgIData(oldp+2832,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2833,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2834,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
        bufp->chgQData(oldp+2837,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+2841,((0xfffU & ((IData)(1U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+2842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[1U]),32);
        bufp->chgIData(oldp+2844,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2847,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x10U)))),16);
        bufp->chgIData(oldp+2848,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x10U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2849,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2850,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2851,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2853,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgSData(oldp+2855,((0xfffU & ((IData)(2U) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr)))),12);
        bufp->chgIData(oldp+2856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
        bufp->chgIData(oldp+2857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[2U]),32);
        bufp->chgIData(oldp+2858,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                    ? 0x7fffffffU : 
                                   (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                     ? 0x80000000U : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
        bufp->chgQData(oldp+2859,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgSData(oldp+2861,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                      >> 0x20U)))),16);
        bufp->chgIData(oldp+2862,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                                (0xffffU 
                                                                 & (IData)(
                                                                           (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                            >> 0x20U)))), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2863,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
        bufp->chgIData(oldp+2864,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
        bufp->chgQData(oldp+2865,((0x1ffffffffULL & 
                                   ((((QData)((IData)(
                                                      ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                       & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                      << 0x20U) | (QData)((IData)(
                                                                  ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                    ? 0U
                                                                    : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                    + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
        bufp->chgQData(oldp+2867,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
        bufp->chgWData(oldp+2869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
        bufp->chgIData(oldp+2997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2998,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2999,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+3000,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+3001,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+3002,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+3003,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+3004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+3005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+3006,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+3007,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+3008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+3009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
        bufp->chgBit(oldp+3010,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+3011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+3012,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+3013,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+3014,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
        bufp->chgBit(oldp+3015,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+3016,((7U & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),3);
        bufp->chgBit(oldp+3017,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+3018,((0x1fU & ((IData)(3U) 
                                            * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgCData(oldp+3019,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
        bufp->chgSData(oldp+3020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
        bufp->chgCData(oldp+3021,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+3022,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+3023,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+3024,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+3025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+3026,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+3027,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+3028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+3029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+3030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+3031,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+3032,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+3033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+3034,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+3035,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+3036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
        bufp->chgCData(oldp+3037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+3038,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+3039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+3040,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+3041,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+3042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+3043,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
        bufp->chgCData(oldp+3044,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgCData(oldp+3045,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
        bufp->chgCData(oldp+3046,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+3047,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+3048,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
        bufp->chgCData(oldp+3049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+3050,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+3051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+3052,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+3053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+3054,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+3055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
        bufp->chgCData(oldp+3056,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+3057,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+3058,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+3060,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgQData(oldp+3062,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
        bufp->chgQData(oldp+3064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
        bufp->chgCData(oldp+3066,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
        bufp->chgCData(oldp+3067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    }
}

void Vpe8_mul3_q4_s16_a32___024root__trace_cleanup(void* voidSelf, VerilatedVcd* /*unused*/) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_cleanup\n"); );
    // Init
    Vpe8_mul3_q4_s16_a32___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul3_q4_s16_a32___024root*>(voidSelf);
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    vlSymsp->__Vm_activity = false;
    vlSymsp->TOP.__Vm_traceActivity[0U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[1U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[2U] = 0U;
}
