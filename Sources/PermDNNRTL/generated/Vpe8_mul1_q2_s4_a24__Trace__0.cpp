// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe8_mul1_q2_s4_a24__Syms.h"


void Vpe8_mul1_q2_s4_a24___024root__trace_chg_sub_0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd::Buffer* bufp);

void Vpe8_mul1_q2_s4_a24___024root__trace_chg_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_chg_top_0\n"); );
    // Init
    Vpe8_mul1_q2_s4_a24___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul1_q2_s4_a24___024root*>(voidSelf);
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (VL_UNLIKELY(!vlSymsp->__Vm_activity)) return;
    // Body
    Vpe8_mul1_q2_s4_a24___024root__trace_chg_sub_0((&vlSymsp->TOP), bufp);
}

void Vpe8_mul1_q2_s4_a24___024root__trace_chg_sub_0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_chg_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode + 1);
    // Body
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[0U])) {
        bufp->chgIData(oldp+0,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__i),32);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[1U])) {
        bufp->chgBit(oldp+1,(vlSelf->__Vcellinp__permdnn_engine__clk));
        bufp->chgBit(oldp+2,(vlSelf->__Vcellinp__permdnn_engine__rst));
        bufp->chgBit(oldp+3,(vlSelf->__Vcellinp__permdnn_engine__start));
        bufp->chgSData(oldp+4,(vlSelf->__Vcellinp__permdnn_engine__cfg_n),9);
        bufp->chgCData(oldp+5,(vlSelf->__Vcellinp__permdnn_engine__cfg_first_word),7);
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
        bufp->chgSData(oldp+16,(vlSelf->__Vcellinp__permdnn_engine__ld_addr),14);
        bufp->chgQData(oldp+17,(vlSelf->__Vcellinp__permdnn_engine__ld_data),64);
        bufp->chgCData(oldp+19,(vlSelf->__Vcellinp__permdnn_engine__dbg_pe),3);
        bufp->chgSData(oldp+20,(vlSelf->__Vcellinp__permdnn_engine__dbg_row),13);
        bufp->chgBit(oldp+21,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected));
        bufp->chgBit(oldp+22,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected));
        bufp->chgBit(oldp+23,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected));
        bufp->chgBit(oldp+24,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected));
        bufp->chgBit(oldp+25,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected));
        bufp->chgBit(oldp+26,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected));
        bufp->chgBit(oldp+27,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected));
        bufp->chgBit(oldp+28,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected));
        bufp->chgBit(oldp+29,(vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we));
        bufp->chgCData(oldp+30,((0x3fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr))),6);
        bufp->chgBit(oldp+31,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear));
        bufp->chgBit(oldp+32,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+33,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgSData(oldp+34,((0xffffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_data))),16);
        bufp->chgCData(oldp+35,((0x7fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_data))),7);
        bufp->chgBit(oldp+36,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+37,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+38,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+39,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+40,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+41,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+42,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+43,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+44,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+45,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+46,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+47,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+48,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
                               & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
        bufp->chgBit(oldp+49,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
                               & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    }
    if (VL_UNLIKELY((vlSelf->__Vm_traceActivity[1U] 
                     | vlSelf->__Vm_traceActivity[2U]))) {
        bufp->chgIData(oldp+50,(vlSelf->permdnn_engine__DOT__pe_acc
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),24);
        bufp->chgSData(oldp+51,(vlSelf->permdnn_engine__DOT__pe_out
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),16);
        bufp->chgBit(oldp+52,((1U & ((IData)(vlSelf->permdnn_engine__DOT__active) 
                                     >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe)))));
        bufp->chgCData(oldp+53,(vlSelf->permdnn_engine__DOT__pe_qcount
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),2);
        bufp->chgBit(oldp+54,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0) 
                                     >> 0xeU))));
        bufp->chgSData(oldp+55,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0) 
                                           >> 5U))),9);
        bufp->chgCData(oldp+56,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0))),5);
        bufp->chgBit(oldp+57,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0) 
                                     >> 0xeU))));
        bufp->chgSData(oldp+58,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0) 
                                           >> 5U))),9);
        bufp->chgCData(oldp+59,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0))),5);
        bufp->chgBit(oldp+60,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0) 
                                     >> 0xeU))));
        bufp->chgSData(oldp+61,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0) 
                                           >> 5U))),9);
        bufp->chgCData(oldp+62,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0))),5);
        bufp->chgBit(oldp+63,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0) 
                                     >> 0xeU))));
        bufp->chgSData(oldp+64,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0) 
                                           >> 5U))),9);
        bufp->chgCData(oldp+65,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0))),5);
        bufp->chgBit(oldp+66,(vlSelf->permdnn_engine__DOT__pe_a_active
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]));
        bufp->chgSData(oldp+67,(vlSelf->permdnn_engine__DOT__pe_a_rows
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),13);
        bufp->chgIData(oldp+68,(vlSelf->permdnn_engine__DOT__pe_a_prod
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),32);
        bufp->chgBit(oldp+69,(vlSelf->permdnn_engine__DOT__pe_acc_we
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]));
        bufp->chgIData(oldp+70,(vlSelf->permdnn_engine__DOT__pe_acc_wdata
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),24);
        bufp->chgBit(oldp+71,(vlSelf->permdnn_engine__DOT__pe_out_we
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]));
        bufp->chgIData(oldp+72,(vlSelf->permdnn_engine__DOT__pe_acc[0]),24);
        bufp->chgIData(oldp+73,(vlSelf->permdnn_engine__DOT__pe_acc[1]),24);
        bufp->chgIData(oldp+74,(vlSelf->permdnn_engine__DOT__pe_acc[2]),24);
        bufp->chgIData(oldp+75,(vlSelf->permdnn_engine__DOT__pe_acc[3]),24);
        bufp->chgIData(oldp+76,(vlSelf->permdnn_engine__DOT__pe_acc[4]),24);
        bufp->chgIData(oldp+77,(vlSelf->permdnn_engine__DOT__pe_acc[5]),24);
        bufp->chgIData(oldp+78,(vlSelf->permdnn_engine__DOT__pe_acc[6]),24);
        bufp->chgIData(oldp+79,(vlSelf->permdnn_engine__DOT__pe_acc[7]),24);
        bufp->chgSData(oldp+80,(vlSelf->permdnn_engine__DOT__pe_out[0]),16);
        bufp->chgSData(oldp+81,(vlSelf->permdnn_engine__DOT__pe_out[1]),16);
        bufp->chgSData(oldp+82,(vlSelf->permdnn_engine__DOT__pe_out[2]),16);
        bufp->chgSData(oldp+83,(vlSelf->permdnn_engine__DOT__pe_out[3]),16);
        bufp->chgSData(oldp+84,(vlSelf->permdnn_engine__DOT__pe_out[4]),16);
        bufp->chgSData(oldp+85,(vlSelf->permdnn_engine__DOT__pe_out[5]),16);
        bufp->chgSData(oldp+86,(vlSelf->permdnn_engine__DOT__pe_out[6]),16);
        bufp->chgSData(oldp+87,(vlSelf->permdnn_engine__DOT__pe_out[7]),16);
        bufp->chgIData(oldp+88,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                        ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                         >> 5U)] >> 
                                        (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                  ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                  : 0U)),24);
        bufp->chgSData(oldp+89,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+90,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                        ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                         >> 5U)] >> 
                                        (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                  ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                  : 0U)),24);
        bufp->chgSData(oldp+91,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+92,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                        ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                         >> 5U)] >> 
                                        (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                  ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                  : 0U)),24);
        bufp->chgSData(oldp+93,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+94,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                        ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                         >> 5U)] >> 
                                        (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                  ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                  : 0U)),24);
        bufp->chgSData(oldp+95,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+96,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                        ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                         >> 5U)] >> 
                                        (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                  ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                  : 0U)),24);
        bufp->chgSData(oldp+97,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+98,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                        ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                         >> 5U)] >> 
                                        (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                  ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                  : 0U)),24);
        bufp->chgSData(oldp+99,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+100,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),24);
        bufp->chgSData(oldp+101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
        bufp->chgIData(oldp+102,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                         ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                          >> 5U)] >> 
                                         (0x1fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                   ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                   : 0U)),24);
        bufp->chgSData(oldp+103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    }
    if (VL_UNLIKELY(vlSelf->__Vm_traceActivity[2U])) {
        bufp->chgCData(oldp+104,(vlSelf->__Vcellout__permdnn_engine__nzd_action),2);
        bufp->chgCData(oldp+105,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word),7);
        bufp->chgSData(oldp+106,(vlSelf->__Vcellout__permdnn_engine__nzd_j),9);
        bufp->chgBit(oldp+107,(vlSelf->__Vcellout__permdnn_engine__draining));
        bufp->chgBit(oldp+108,(vlSelf->permdnn_engine__DOT__running));
        bufp->chgBit(oldp+109,(((IData)(vlSelf->permdnn_engine__DOT__finished) 
                                | (IData)(vlSelf->permdnn_engine__DOT__finish))));
        bufp->chgIData(oldp+110,(vlSelf->permdnn_engine__DOT__cycle_r),32);
        bufp->chgSData(oldp+111,(vlSelf->permdnn_engine__DOT__n_r),9);
        bufp->chgSData(oldp+112,(vlSelf->permdnn_engine__DOT__end_r),9);
        bufp->chgBit(oldp+113,(vlSelf->permdnn_engine__DOT__drain_cfg_r));
        bufp->chgCData(oldp+114,(vlSelf->permdnn_engine__DOT__p_r),7);
        bufp->chgCData(oldp+115,(vlSelf->permdnn_engine__DOT__frac_r),4);
        bufp->chgBit(oldp+116,(vlSelf->permdnn_engine__DOT__relu_r));
        bufp->chgBit(oldp+117,(vlSelf->permdnn_engine__DOT__formula_r));
        bufp->chgBit(oldp+118,(vlSelf->permdnn_engine__DOT__drain_r));
        bufp->chgBit(oldp+119,(vlSelf->permdnn_engine__DOT__finished));
        bufp->chgCData(oldp+120,(vlSelf->permdnn_engine__DOT__active),8);
        bufp->chgCData(oldp+121,((((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                   << 7U) | (((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                              << 6U) 
                                             | (((2U 
                                                  > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                 << 5U) 
                                                | (((2U 
                                                     > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                    << 4U) 
                                                   | (((2U 
                                                        > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                       << 3U) 
                                                      | (((2U 
                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                          << 2U) 
                                                         | (((2U 
                                                              > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                             << 1U) 
                                                            | (2U 
                                                               > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)))))))))),8);
        bufp->chgCData(oldp+122,(vlSelf->permdnn_engine__DOT__idle),8);
        bufp->chgCData(oldp+123,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
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
        bufp->chgBit(oldp+124,((0xffU == (0xffU & (
                                                   (~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                   | (((2U 
                                                        > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                       << 7U) 
                                                      | (((2U 
                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                          << 6U) 
                                                         | (((2U 
                                                              > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                             << 5U) 
                                                            | (((2U 
                                                                 > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                << 4U) 
                                                               | (((2U 
                                                                    > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                   << 3U) 
                                                                  | (((2U 
                                                                       > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                      << 2U) 
                                                                     | (((2U 
                                                                          > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                         << 1U) 
                                                                        | (2U 
                                                                           > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))))))))))))));
        bufp->chgBit(oldp+125,((0xffU == (0xffU & (
                                                   (~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                   | (IData)(vlSelf->permdnn_engine__DOT__idle))))));
        bufp->chgBit(oldp+126,((0xffU == (0xffU & (
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
        bufp->chgBit(oldp+127,(((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                                & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending)))));
        bufp->chgBit(oldp+128,(vlSelf->permdnn_engine__DOT__finish));
        bufp->chgBit(oldp+129,(vlSelf->permdnn_engine__DOT__compute));
        bufp->chgBit(oldp+130,(vlSelf->permdnn_engine__DOT__pe_drain));
        bufp->chgSData(oldp+131,(vlSelf->permdnn_engine__DOT__b_x),16);
        bufp->chgSData(oldp+132,(vlSelf->permdnn_engine__DOT__b_c),9);
        bufp->chgCData(oldp+133,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide))),7);
        bufp->chgCData(oldp+134,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide))),7);
        bufp->chgBit(oldp+135,((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))));
        bufp->chgCData(oldp+136,(vlSelf->permdnn_engine__DOT__pe_qcount[0]),2);
        bufp->chgCData(oldp+137,(vlSelf->permdnn_engine__DOT__pe_qcount[1]),2);
        bufp->chgCData(oldp+138,(vlSelf->permdnn_engine__DOT__pe_qcount[2]),2);
        bufp->chgCData(oldp+139,(vlSelf->permdnn_engine__DOT__pe_qcount[3]),2);
        bufp->chgCData(oldp+140,(vlSelf->permdnn_engine__DOT__pe_qcount[4]),2);
        bufp->chgCData(oldp+141,(vlSelf->permdnn_engine__DOT__pe_qcount[5]),2);
        bufp->chgCData(oldp+142,(vlSelf->permdnn_engine__DOT__pe_qcount[6]),2);
        bufp->chgCData(oldp+143,(vlSelf->permdnn_engine__DOT__pe_qcount[7]),2);
        bufp->chgSData(oldp+144,(vlSelf->permdnn_engine__DOT__pe_i[0]),15);
        bufp->chgSData(oldp+145,(vlSelf->permdnn_engine__DOT__pe_i[1]),15);
        bufp->chgSData(oldp+146,(vlSelf->permdnn_engine__DOT__pe_i[2]),15);
        bufp->chgSData(oldp+147,(vlSelf->permdnn_engine__DOT__pe_i[3]),15);
        bufp->chgSData(oldp+148,(vlSelf->permdnn_engine__DOT__pe_i[4]),15);
        bufp->chgSData(oldp+149,(vlSelf->permdnn_engine__DOT__pe_i[5]),15);
        bufp->chgSData(oldp+150,(vlSelf->permdnn_engine__DOT__pe_i[6]),15);
        bufp->chgSData(oldp+151,(vlSelf->permdnn_engine__DOT__pe_i[7]),15);
        bufp->chgSData(oldp+152,(vlSelf->permdnn_engine__DOT__pe_w[0]),15);
        bufp->chgSData(oldp+153,(vlSelf->permdnn_engine__DOT__pe_w[1]),15);
        bufp->chgSData(oldp+154,(vlSelf->permdnn_engine__DOT__pe_w[2]),15);
        bufp->chgSData(oldp+155,(vlSelf->permdnn_engine__DOT__pe_w[3]),15);
        bufp->chgSData(oldp+156,(vlSelf->permdnn_engine__DOT__pe_w[4]),15);
        bufp->chgSData(oldp+157,(vlSelf->permdnn_engine__DOT__pe_w[5]),15);
        bufp->chgSData(oldp+158,(vlSelf->permdnn_engine__DOT__pe_w[6]),15);
        bufp->chgSData(oldp+159,(vlSelf->permdnn_engine__DOT__pe_w[7]),15);
        bufp->chgSData(oldp+160,(vlSelf->permdnn_engine__DOT__pe_m[0]),15);
        bufp->chgSData(oldp+161,(vlSelf->permdnn_engine__DOT__pe_m[1]),15);
        bufp->chgSData(oldp+162,(vlSelf->permdnn_engine__DOT__pe_m[2]),15);
        bufp->chgSData(oldp+163,(vlSelf->permdnn_engine__DOT__pe_m[3]),15);
        bufp->chgSData(oldp+164,(vlSelf->permdnn_engine__DOT__pe_m[4]),15);
        bufp->chgSData(oldp+165,(vlSelf->permdnn_engine__DOT__pe_m[5]),15);
        bufp->chgSData(oldp+166,(vlSelf->permdnn_engine__DOT__pe_m[6]),15);
        bufp->chgSData(oldp+167,(vlSelf->permdnn_engine__DOT__pe_m[7]),15);
        bufp->chgSData(oldp+168,(vlSelf->permdnn_engine__DOT__pe_a[0]),15);
        bufp->chgSData(oldp+169,(vlSelf->permdnn_engine__DOT__pe_a[1]),15);
        bufp->chgSData(oldp+170,(vlSelf->permdnn_engine__DOT__pe_a[2]),15);
        bufp->chgSData(oldp+171,(vlSelf->permdnn_engine__DOT__pe_a[3]),15);
        bufp->chgSData(oldp+172,(vlSelf->permdnn_engine__DOT__pe_a[4]),15);
        bufp->chgSData(oldp+173,(vlSelf->permdnn_engine__DOT__pe_a[5]),15);
        bufp->chgSData(oldp+174,(vlSelf->permdnn_engine__DOT__pe_a[6]),15);
        bufp->chgSData(oldp+175,(vlSelf->permdnn_engine__DOT__pe_a[7]),15);
        bufp->chgBit(oldp+176,(vlSelf->permdnn_engine__DOT__pe_a_active[0]));
        bufp->chgBit(oldp+177,(vlSelf->permdnn_engine__DOT__pe_a_active[1]));
        bufp->chgBit(oldp+178,(vlSelf->permdnn_engine__DOT__pe_a_active[2]));
        bufp->chgBit(oldp+179,(vlSelf->permdnn_engine__DOT__pe_a_active[3]));
        bufp->chgBit(oldp+180,(vlSelf->permdnn_engine__DOT__pe_a_active[4]));
        bufp->chgBit(oldp+181,(vlSelf->permdnn_engine__DOT__pe_a_active[5]));
        bufp->chgBit(oldp+182,(vlSelf->permdnn_engine__DOT__pe_a_active[6]));
        bufp->chgBit(oldp+183,(vlSelf->permdnn_engine__DOT__pe_a_active[7]));
        bufp->chgSData(oldp+184,(vlSelf->permdnn_engine__DOT__pe_a_rows[0]),13);
        bufp->chgSData(oldp+185,(vlSelf->permdnn_engine__DOT__pe_a_rows[1]),13);
        bufp->chgSData(oldp+186,(vlSelf->permdnn_engine__DOT__pe_a_rows[2]),13);
        bufp->chgSData(oldp+187,(vlSelf->permdnn_engine__DOT__pe_a_rows[3]),13);
        bufp->chgSData(oldp+188,(vlSelf->permdnn_engine__DOT__pe_a_rows[4]),13);
        bufp->chgSData(oldp+189,(vlSelf->permdnn_engine__DOT__pe_a_rows[5]),13);
        bufp->chgSData(oldp+190,(vlSelf->permdnn_engine__DOT__pe_a_rows[6]),13);
        bufp->chgSData(oldp+191,(vlSelf->permdnn_engine__DOT__pe_a_rows[7]),13);
        bufp->chgIData(oldp+192,(vlSelf->permdnn_engine__DOT__pe_a_prod[0]),32);
        bufp->chgIData(oldp+193,(vlSelf->permdnn_engine__DOT__pe_a_prod[1]),32);
        bufp->chgIData(oldp+194,(vlSelf->permdnn_engine__DOT__pe_a_prod[2]),32);
        bufp->chgIData(oldp+195,(vlSelf->permdnn_engine__DOT__pe_a_prod[3]),32);
        bufp->chgIData(oldp+196,(vlSelf->permdnn_engine__DOT__pe_a_prod[4]),32);
        bufp->chgIData(oldp+197,(vlSelf->permdnn_engine__DOT__pe_a_prod[5]),32);
        bufp->chgIData(oldp+198,(vlSelf->permdnn_engine__DOT__pe_a_prod[6]),32);
        bufp->chgIData(oldp+199,(vlSelf->permdnn_engine__DOT__pe_a_prod[7]),32);
        bufp->chgBit(oldp+200,(vlSelf->permdnn_engine__DOT__pe_acc_we[0]));
        bufp->chgBit(oldp+201,(vlSelf->permdnn_engine__DOT__pe_acc_we[1]));
        bufp->chgBit(oldp+202,(vlSelf->permdnn_engine__DOT__pe_acc_we[2]));
        bufp->chgBit(oldp+203,(vlSelf->permdnn_engine__DOT__pe_acc_we[3]));
        bufp->chgBit(oldp+204,(vlSelf->permdnn_engine__DOT__pe_acc_we[4]));
        bufp->chgBit(oldp+205,(vlSelf->permdnn_engine__DOT__pe_acc_we[5]));
        bufp->chgBit(oldp+206,(vlSelf->permdnn_engine__DOT__pe_acc_we[6]));
        bufp->chgBit(oldp+207,(vlSelf->permdnn_engine__DOT__pe_acc_we[7]));
        bufp->chgIData(oldp+208,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[0]),24);
        bufp->chgIData(oldp+209,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[1]),24);
        bufp->chgIData(oldp+210,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[2]),24);
        bufp->chgIData(oldp+211,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[3]),24);
        bufp->chgIData(oldp+212,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[4]),24);
        bufp->chgIData(oldp+213,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[5]),24);
        bufp->chgIData(oldp+214,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[6]),24);
        bufp->chgIData(oldp+215,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[7]),24);
        bufp->chgBit(oldp+216,(vlSelf->permdnn_engine__DOT__pe_out_we[0]));
        bufp->chgBit(oldp+217,(vlSelf->permdnn_engine__DOT__pe_out_we[1]));
        bufp->chgBit(oldp+218,(vlSelf->permdnn_engine__DOT__pe_out_we[2]));
        bufp->chgBit(oldp+219,(vlSelf->permdnn_engine__DOT__pe_out_we[3]));
        bufp->chgBit(oldp+220,(vlSelf->permdnn_engine__DOT__pe_out_we[4]));
        bufp->chgBit(oldp+221,(vlSelf->permdnn_engine__DOT__pe_out_we[5]));
        bufp->chgBit(oldp+222,(vlSelf->permdnn_engine__DOT__pe_out_we[6]));
        bufp->chgBit(oldp+223,(vlSelf->permdnn_engine__DOT__pe_out_we[7]));
        bufp->chgCData(oldp+224,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+225,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+226,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+227,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+228,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+229,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+230,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows),6);
        bufp->chgCData(oldp+231,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows),6);
        bufp->chgSData(oldp+232,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base),10);
        bufp->chgSData(oldp+233,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base),9);
        bufp->chgCData(oldp+234,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending),4);
        bufp->chgQData(oldp+235,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__held),64);
        bufp->chgQData(oldp+237,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata),64);
        bufp->chgBit(oldp+239,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more));
        bufp->chgSData(oldp+240,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining),10);
        bufp->chgBit(oldp+241,((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))));
        bufp->chgCData(oldp+242,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask),4);
        bufp->chgCData(oldp+243,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos),2);
        bufp->chgSData(oldp+244,(vlSelf->permdnn_engine__DOT__p_r),9);
        bufp->chgSData(oldp+245,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),9);
        bufp->chgSData(oldp+246,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide),9);
        bufp->chgSData(oldp+247,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide),9);
        bufp->chgBit(oldp+248,((1U & VL_REDXOR_32((3U 
                                                   & (((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                       ^ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide)) 
                                                      >> 7U))))));
        bufp->chgCData(oldp+249,((0x3fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))),6);
        bufp->chgBit(oldp+250,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+251,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+252,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+253,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+255,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+256,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+257,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+258,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+260,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+261,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+263,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+264,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+265,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+266,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+267,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+268,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+269,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+270,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+271,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+272,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+273,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+274,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+275,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                      >> 5U))));
        bufp->chgQData(oldp+276,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+278,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+279,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+280,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)
                                              : (((0x1ffU 
                                                   & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                       : (IData)(
                                                                 (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                                  >> 0xeU)))) 
                                                  * 
                                                  (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                                 + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+281,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+282,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+283,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x20U))))),16);
        bufp->chgBit(oldp+284,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                      | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+285,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                             + (0x7fU 
                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                    >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                    ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                    : 
                                                   ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+286,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+287,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+289,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j) 
                                              * (0x1fU 
                                                 & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+290,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                 [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+292,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+293,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+294,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+295,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+296,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+297,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+299,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+300,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+302,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+303,(((0U == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                   ? 0U : (0x1ffffffU 
                                           & ((IData)(1U) 
                                              << (0xfU 
                                                  & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                     - (IData)(1U))))))),25);
        bufp->chgIData(oldp+304,((0x1ffffffU & ((((
                                                   (~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                  << 0x18U) 
                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                     ? 0U
                                                     : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                + (
                                                   (0U 
                                                    == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                    ? 0U
                                                    : 
                                                   ((IData)(1U) 
                                                    << 
                                                    (0xfU 
                                                     & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                        - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+305,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+562,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+563,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x20U)))),16);
        bufp->chgSData(oldp+564,((0x1ffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),9);
        bufp->chgSData(oldp+565,((0x1ffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xeU)))),9);
        bufp->chgCData(oldp+566,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 7U)))),7);
        bufp->chgCData(oldp+567,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+568,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+569,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+570,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+571,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+572,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+573,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+574,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+575,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+576,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+577,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xeU))))),9);
        bufp->chgCData(oldp+578,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+579,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+580,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+581,((0x1fU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+584,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+585,(vlSelf->permdnn_engine__DOT__p_r),13);
        bufp->chgSData(oldp+586,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot) 
                                             * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+587,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+589,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+590,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+592,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+593,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+595,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+597,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+603,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+604,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+605,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+606,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+607,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+608,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+609,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+610,((((QData)((IData)(vlSelf->permdnn_engine__DOT__b_x)) 
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
        bufp->chgQData(oldp+612,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+614,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+616,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+617,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+618,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+619,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+620,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+621,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+622,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+624,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+625,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+626,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+627,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+628,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+630,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+631,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+632,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+633,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+634,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+635,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+636,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+637,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+638,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+639,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+640,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+641,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+642,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+643,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                      >> 5U))));
        bufp->chgQData(oldp+644,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+646,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+647,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+648,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)
                                              : (((0x1ffU 
                                                   & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                       ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                       : (IData)(
                                                                 (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                                  >> 0xeU)))) 
                                                  * 
                                                  (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                                 + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+649,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+650,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+651,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0x20U))))),16);
        bufp->chgBit(oldp+652,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                      | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+653,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                             + (0x7fU 
                                                & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                    >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                    ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                    : 
                                                   ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+654,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+655,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+656,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+657,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j) 
                                              * (0x1fU 
                                                 & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                             + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+658,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                 [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+659,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+660,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+661,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+662,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+663,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w)), 
                                             VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+664,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+667,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                   ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                 ? 0x8000U
                                                 : 
                                                (0xffffU 
                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+668,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+670,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                   ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+671,((0x1ffffffU & ((((
                                                   (~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                   & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                  << 0x18U) 
                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                     ? 0U
                                                     : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                + (
                                                   (0U 
                                                    == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                    ? 0U
                                                    : 
                                                   ((IData)(1U) 
                                                    << 
                                                    (0xfU 
                                                     & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                        - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+672,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+673,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+929,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+930,((0xffffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x20U)))),16);
        bufp->chgSData(oldp+931,((0x1ffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0x17U)))),9);
        bufp->chgSData(oldp+932,((0x1ffU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 0xeU)))),9);
        bufp->chgCData(oldp+933,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 7U)))),7);
        bufp->chgCData(oldp+934,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+935,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+936,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+938,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+939,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+940,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+941,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+942,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+944,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                             : (IData)(
                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                        >> 0xeU))))),9);
        bufp->chgCData(oldp+945,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+946,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+947,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+948,((0x1fU & ((IData)(1U) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+949,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+950,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+951,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+952,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot) 
                                             * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+953,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+954,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+955,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                               - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                            : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+956,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+957,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+958,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+959,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+961,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+962,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+963,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+965,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+966,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+967,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+968,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+969,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+970,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+971,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+972,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+974,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                            >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                            : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                               + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+975,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+976,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+978,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+980,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+981,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+982,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+983,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+984,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                  | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+985,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+986,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+987,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+989,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+992,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+993,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+994,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+996,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+998,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+999,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+1000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+1001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+1002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+1003,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+1004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+1005,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+1006,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+1007,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                       >> 5U))));
        bufp->chgQData(oldp+1008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+1010,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1011,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1012,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)
                                               : ((
                                                   (0x1ffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                        : (IData)(
                                                                  (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                                   >> 0xeU)))) 
                                                   * 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                                  + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+1013,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+1014,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1015,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgBit(oldp+1016,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+1017,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot) 
                                               * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                              + (0x7fU 
                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                     >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                     : 
                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                     + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+1018,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+1019,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+1020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+1021,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+1022,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                  [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+1023,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+1024,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+1025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+1026,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+1027,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+1029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+1030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+1031,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+1032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+1034,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+1035,((0x1ffffffU & (((
                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                   << 0x18U) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                      ? 0U
                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                 + 
                                                 ((0U 
                                                   == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                   ? 0U
                                                   : 
                                                  ((IData)(1U) 
                                                   << 
                                                   (0xfU 
                                                    & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                       - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+1036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+1037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+1293,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1294,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+1295,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+1296,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+1297,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+1298,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+1299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1300,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1301,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+1302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+1303,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+1304,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+1305,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+1306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+1308,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+1309,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+1310,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+1311,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1312,((0x1fU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+1313,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1314,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+1315,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+1316,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+1317,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+1318,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1319,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1320,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1321,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1322,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1323,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1325,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1326,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1327,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+1328,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+1329,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+1330,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+1331,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+1332,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+1333,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+1334,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+1335,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+1336,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+1337,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+1338,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+1339,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1340,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+1342,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+1344,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+1345,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+1346,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1347,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1348,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1349,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1350,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+1351,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+1353,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+1354,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1355,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+1356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+1357,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1358,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+1359,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+1360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1361,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+1362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+1363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+1364,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+1365,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+1366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+1367,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+1368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+1369,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+1370,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+1371,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                       >> 5U))));
        bufp->chgQData(oldp+1372,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+1374,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1375,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1376,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)
                                               : ((
                                                   (0x1ffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                        : (IData)(
                                                                  (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                                   >> 0xeU)))) 
                                                   * 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                                  + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+1377,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+1378,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1379,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgBit(oldp+1380,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+1381,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot) 
                                               * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                              + (0x7fU 
                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                     >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                     : 
                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                     + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+1382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+1383,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+1384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+1385,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+1386,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                  [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+1387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+1388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+1389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+1390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+1391,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+1393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+1394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+1395,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+1396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+1398,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+1399,((0x1ffffffU & (((
                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                   << 0x18U) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                      ? 0U
                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                 + 
                                                 ((0U 
                                                   == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                   ? 0U
                                                   : 
                                                  ((IData)(1U) 
                                                   << 
                                                   (0xfU 
                                                    & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                       - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+1400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+1401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+1657,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+1658,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+1659,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+1660,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+1661,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+1662,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+1663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+1664,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+1665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+1666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+1667,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+1668,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+1669,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+1670,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+1671,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+1672,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+1673,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+1674,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+1675,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+1676,((0x1fU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+1677,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+1678,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+1679,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+1680,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+1681,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+1682,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+1683,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+1684,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+1685,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+1686,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+1687,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+1688,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+1689,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+1690,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+1691,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+1692,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+1693,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+1694,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+1695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+1696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+1697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+1698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+1699,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+1700,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+1701,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+1702,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+1703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+1704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+1706,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+1708,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+1709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+1710,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+1711,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+1712,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+1713,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+1714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+1715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+1716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+1717,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+1718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+1719,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+1720,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+1721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+1722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+1723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+1724,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+1725,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+1726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+1727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+1728,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+1729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+1730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+1731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+1732,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+1733,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+1734,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+1735,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                       >> 5U))));
        bufp->chgQData(oldp+1736,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+1738,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+1739,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+1740,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)
                                               : ((
                                                   (0x1ffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                        : (IData)(
                                                                  (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                                   >> 0xeU)))) 
                                                   * 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                                  + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+1741,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+1742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+1743,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgBit(oldp+1744,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+1745,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot) 
                                               * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                              + (0x7fU 
                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                     >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                     : 
                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                     + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+1746,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+1747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+1748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+1749,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+1750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                  [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+1751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+1752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+1753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+1754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+1755,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+1756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+1757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+1758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+1759,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+1760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+1762,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+1763,((0x1ffffffU & (((
                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                   << 0x18U) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                      ? 0U
                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                 + 
                                                 ((0U 
                                                   == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                   ? 0U
                                                   : 
                                                  ((IData)(1U) 
                                                   << 
                                                   (0xfU 
                                                    & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                       - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+1764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+1765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+2021,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2022,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2023,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+2024,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+2025,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+2026,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+2027,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+2028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+2029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+2030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+2031,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+2032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+2033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+2034,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+2035,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+2036,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+2037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+2038,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+2039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+2040,((0x1fU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+2041,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+2042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+2043,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+2044,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+2045,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+2046,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2047,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2048,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2050,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2052,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2054,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+2056,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+2057,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+2058,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+2059,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+2060,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+2061,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+2062,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+2063,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+2064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+2065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+2066,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+2067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+2068,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+2070,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+2072,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+2073,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+2074,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+2075,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+2076,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+2077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+2078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+2079,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+2080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+2081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+2082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+2083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+2084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+2085,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+2086,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+2087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+2088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+2089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+2090,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+2091,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+2092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+2093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+2094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+2095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+2096,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+2097,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+2098,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+2099,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                       >> 5U))));
        bufp->chgQData(oldp+2100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+2102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+2103,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+2104,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)
                                               : ((
                                                   (0x1ffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                        : (IData)(
                                                                  (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                                   >> 0xeU)))) 
                                                   * 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                                  + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+2105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+2106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+2107,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgBit(oldp+2108,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+2109,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot) 
                                               * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                              + (0x7fU 
                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                     >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                     : 
                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                     + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+2110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+2111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+2112,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+2113,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+2114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                  [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+2115,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+2116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+2117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+2118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+2119,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+2121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+2122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+2123,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+2124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+2126,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+2127,((0x1ffffffU & (((
                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                   << 0x18U) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                      ? 0U
                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                 + 
                                                 ((0U 
                                                   == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                   ? 0U
                                                   : 
                                                  ((IData)(1U) 
                                                   << 
                                                   (0xfU 
                                                    & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                       - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+2128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+2129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+2385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2386,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2387,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+2388,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+2389,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+2390,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+2391,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+2392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+2393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+2394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+2395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+2396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+2397,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+2398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+2399,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+2400,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+2401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+2402,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+2403,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+2404,((0x1fU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+2405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+2406,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+2407,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+2408,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+2409,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+2410,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2411,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2412,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2414,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+2420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+2421,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+2422,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+2423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+2424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+2425,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+2426,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+2427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+2428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+2429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+2430,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+2431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+2432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+2434,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+2436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+2437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+2438,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+2439,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+2440,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+2441,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+2442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+2443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+2444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+2445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+2446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+2447,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+2448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+2449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+2450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+2451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+2452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+2453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+2454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+2455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+2456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+2457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+2458,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+2459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+2460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+2461,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+2462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+2463,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                       >> 5U))));
        bufp->chgQData(oldp+2464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+2466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+2467,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+2468,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)
                                               : ((
                                                   (0x1ffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                        : (IData)(
                                                                  (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                                   >> 0xeU)))) 
                                                   * 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                                  + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+2469,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+2470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+2471,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgBit(oldp+2472,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+2473,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot) 
                                               * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                              + (0x7fU 
                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                     >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                     : 
                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                     + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+2474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+2475,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+2476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+2477,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+2478,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                  [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+2479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+2480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+2481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+2482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+2483,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+2485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+2486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+2487,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+2488,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+2490,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+2491,((0x1ffffffU & (((
                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                   << 0x18U) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                      ? 0U
                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                 + 
                                                 ((0U 
                                                   == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                   ? 0U
                                                   : 
                                                  ((IData)(1U) 
                                                   << 
                                                   (0xfU 
                                                    & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                       - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+2492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+2493,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+2749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+2750,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+2751,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+2752,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+2753,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+2754,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+2755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+2756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+2757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+2758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+2759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+2760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+2761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+2762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+2763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+2764,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+2765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+2766,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+2767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+2768,((0x1fU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+2769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+2770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+2771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+2772,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+2773,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+2774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+2775,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+2776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+2777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+2778,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+2779,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+2780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+2781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+2782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+2783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+2784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+2785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+2786,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+2787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+2788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+2789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+2790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+2791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+2792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+2793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+2794,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+2795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+2796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+2798,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+2800,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+2801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
        bufp->chgBit(oldp+2802,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push));
        bufp->chgBit(oldp+2803,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgBit(oldp+2804,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))))));
        bufp->chgBit(oldp+2805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained));
        bufp->chgCData(oldp+2806,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
        bufp->chgBit(oldp+2807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid));
        bufp->chgSData(oldp+2808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j),9);
        bufp->chgCData(oldp+2809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),5);
        bufp->chgBit(oldp+2810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid));
        bufp->chgSData(oldp+2811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j),9);
        bufp->chgCData(oldp+2812,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot),5);
        bufp->chgBit(oldp+2813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid));
        bufp->chgSData(oldp+2814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j),9);
        bufp->chgCData(oldp+2815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot),5);
        bufp->chgBit(oldp+2816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid));
        bufp->chgSData(oldp+2817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j),9);
        bufp->chgCData(oldp+2818,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot),5);
        bufp->chgBit(oldp+2819,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active));
        bufp->chgSData(oldp+2820,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows),13);
        bufp->chgIData(oldp+2821,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products),32);
        bufp->chgBit(oldp+2822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we));
        bufp->chgIData(oldp+2823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata),24);
        bufp->chgBit(oldp+2824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we));
        bufp->chgCData(oldp+2825,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))),5);
        bufp->chgSData(oldp+2826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__rows),13);
        bufp->chgBit(oldp+2827,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                       >> 5U))));
        bufp->chgQData(oldp+2828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head),48);
        bufp->chgBit(oldp+2830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__pop));
        bufp->chgBit(oldp+2831,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
        bufp->chgSData(oldp+2832,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)
                                               : ((
                                                   (0x1ffU 
                                                    & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                        ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                        : (IData)(
                                                                  (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                                   >> 0xeU)))) 
                                                   * 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                                  + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot))))),14);
        bufp->chgCData(oldp+2833,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
        bufp->chgBit(oldp+2834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
        bufp->chgSData(oldp+2835,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                               ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                               : (IData)(
                                                         (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                          >> 0x20U))))),16);
        bufp->chgBit(oldp+2836,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
        bufp->chgSData(oldp+2837,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot) 
                                               * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                              + (0x7fU 
                                                 & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                     >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                     : 
                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                     + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
        bufp->chgSData(oldp+2838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_x),16);
        bufp->chgBit(oldp+2839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_active));
        bufp->chgSData(oldp+2840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_rows),13);
        bufp->chgSData(oldp+2841,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot)))),14);
        bufp->chgSData(oldp+2842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                  [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot)))]),16);
        bufp->chgSData(oldp+2843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x),16);
        bufp->chgBit(oldp+2844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_active));
        bufp->chgSData(oldp+2845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_rows),13);
        bufp->chgSData(oldp+2846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w),16);
        bufp->chgIData(oldp+2847,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w)), 
                                              VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
        bufp->chgSData(oldp+2848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr),13);
        bufp->chgSData(oldp+2849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_raddr),13);
        bufp->chgIData(oldp+2850,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_rdata),24);
        bufp->chgSData(oldp+2851,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                    ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                                  ? 0x8000U
                                                  : 
                                                 (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
        bufp->chgQData(oldp+2852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
        bufp->chgIData(oldp+2854,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                    ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_rdata)),24);
        bufp->chgIData(oldp+2855,((0x1ffffffU & (((
                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                   << 0x18U) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                      ? 0U
                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                                 + 
                                                 ((0U 
                                                   == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                   ? 0U
                                                   : 
                                                  ((IData)(1U) 
                                                   << 
                                                   (0xfU 
                                                    & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                       - (IData)(1U)))))))),25);
        bufp->chgIData(oldp+2856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
        bufp->chgWData(oldp+2857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
        bufp->chgIData(oldp+3113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
        bufp->chgSData(oldp+3114,((0xffffU & (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U)))),16);
        bufp->chgSData(oldp+3115,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0x17U)))),9);
        bufp->chgSData(oldp+3116,((0x1ffU & (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU)))),9);
        bufp->chgCData(oldp+3117,((0x7fU & (IData)(
                                                   (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                    >> 7U)))),7);
        bufp->chgCData(oldp+3118,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head))),7);
        bufp->chgBit(oldp+3119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
        bufp->chgSData(oldp+3120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
        bufp->chgSData(oldp+3121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
        bufp->chgSData(oldp+3122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
        bufp->chgCData(oldp+3123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
        bufp->chgCData(oldp+3124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
        bufp->chgCData(oldp+3125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
        bufp->chgBit(oldp+3126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
        bufp->chgSData(oldp+3127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
        bufp->chgSData(oldp+3128,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                              ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                              : (IData)(
                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                         >> 0xeU))))),9);
        bufp->chgCData(oldp+3129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
        bufp->chgCData(oldp+3130,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head)))),7);
        bufp->chgBit(oldp+3131,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
        bufp->chgCData(oldp+3132,((0x1fU & ((IData)(1U) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),5);
        bufp->chgBit(oldp+3133,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
        bufp->chgCData(oldp+3134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),6);
        bufp->chgCData(oldp+3135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
        bufp->chgSData(oldp+3136,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot) 
                                              * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
        bufp->chgCData(oldp+3137,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
        bufp->chgCData(oldp+3138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
        bufp->chgCData(oldp+3139,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                                - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                             : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
        bufp->chgCData(oldp+3140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
        bufp->chgCData(oldp+3141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
        bufp->chgCData(oldp+3142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
        bufp->chgCData(oldp+3143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
        bufp->chgCData(oldp+3144,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
        bufp->chgCData(oldp+3145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
        bufp->chgCData(oldp+3146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
        bufp->chgCData(oldp+3147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
        bufp->chgCData(oldp+3148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
        bufp->chgCData(oldp+3149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
        bufp->chgCData(oldp+3150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
        bufp->chgCData(oldp+3151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
        bufp->chgCData(oldp+3152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
        bufp->chgCData(oldp+3153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
        bufp->chgCData(oldp+3154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
        bufp->chgCData(oldp+3155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
        bufp->chgCData(oldp+3156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
        bufp->chgCData(oldp+3157,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
        bufp->chgCData(oldp+3158,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                             >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                             ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                             : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
        bufp->chgIData(oldp+3159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
        bufp->chgQData(oldp+3160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
        bufp->chgQData(oldp+3162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
        bufp->chgBit(oldp+3164,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
        bufp->chgBit(oldp+3165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    }
}

void Vpe8_mul1_q2_s4_a24___024root__trace_cleanup(void* voidSelf, VerilatedVcd* /*unused*/) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_cleanup\n"); );
    // Init
    Vpe8_mul1_q2_s4_a24___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul1_q2_s4_a24___024root*>(voidSelf);
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    vlSymsp->__Vm_activity = false;
    vlSymsp->TOP.__Vm_traceActivity[0U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[1U] = 0U;
    vlSymsp->TOP.__Vm_traceActivity[2U] = 0U;
}
