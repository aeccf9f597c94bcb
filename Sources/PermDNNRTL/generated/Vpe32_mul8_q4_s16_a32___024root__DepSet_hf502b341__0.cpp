// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#include "verilated.h"

#include "Vpe32_mul8_q4_s16_a32__Syms.h"
#include "Vpe32_mul8_q4_s16_a32___024root.h"

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__ico(Vpe32_mul8_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG

void Vpe32_mul8_q4_s16_a32___024root___eval_triggers__ico(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_triggers__ico\n"); );
    // Body
    vlSelf->__VicoTriggered.at(0U) = (0U == vlSelf->__VicoIterCount);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vpe32_mul8_q4_s16_a32___024root___dump_triggers__ico(vlSelf);
    }
#endif
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32___024root___ico_sequent__TOP__0(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___ico_sequent__TOP__0\n"); );
    // Init
    VlWide<3>/*95:0*/ __Vtemp_h6d1ede12__0;
    VlWide<8>/*255:0*/ __Vtemp_h2d46ca80__0;
    VlWide<8>/*255:0*/ __Vtemp_he75ec4fc__0;
    // Body
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__clk, vlSelf->clk);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__rst, vlSelf->rst);
    VL_ASSIGN_ISI(13,vlSelf->__Vcellinp__permdnn_engine__cfg_n, vlSelf->cfg_n);
    VL_ASSIGN_ISI(9,vlSelf->__Vcellinp__permdnn_engine__cfg_first_word, vlSelf->cfg_first_word);
    VL_ASSIGN_ISI(13,vlSelf->__Vcellinp__permdnn_engine__cfg_end, vlSelf->cfg_end);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_drain, vlSelf->cfg_drain);
    VL_ASSIGN_ISI(5,vlSelf->__Vcellinp__permdnn_engine__cfg_p, vlSelf->cfg_p);
    VL_ASSIGN_ISI(4,vlSelf->__Vcellinp__permdnn_engine__cfg_frac, vlSelf->cfg_frac);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_relu, vlSelf->cfg_relu);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_formula, vlSelf->cfg_formula);
    VL_ASSIGN_ISI(15,vlSelf->__Vcellinp__permdnn_engine__ld_addr, vlSelf->ld_addr);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__start, vlSelf->start);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__cfg_continue, vlSelf->cfg_continue);
    VL_ASSIGN_ISI(5,vlSelf->__Vcellinp__permdnn_engine__dbg_pe, vlSelf->dbg_pe);
    VL_ASSIGN_WSW(256,vlSelf->__Vcellinp__permdnn_engine__ld_data, vlSelf->ld_data);
    VL_ASSIGN_ISI(2,vlSelf->__Vcellinp__permdnn_engine__ld_sel, vlSelf->ld_sel);
    VL_ASSIGN_ISI(5,vlSelf->__Vcellinp__permdnn_engine__ld_pe, vlSelf->ld_pe);
    VL_ASSIGN_ISI(1,vlSelf->__Vcellinp__permdnn_engine__ld_we, vlSelf->ld_we);
    VL_ASSIGN_ISI(11,vlSelf->__Vcellinp__permdnn_engine__dbg_row, vlSelf->dbg_row);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear 
        = ((~ (IData)(vlSelf->__Vcellinp__permdnn_engine__cfg_continue)) 
           & (IData)(vlSelf->__Vcellinp__permdnn_engine__start));
    VL_ASSIGN_SII(1,vlSelf->dbg_active, (1U & (vlSelf->permdnn_engine__DOT__active 
                                               >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe))));
    VL_ASSIGN_SII(3,vlSelf->dbg_qcount, vlSelf->permdnn_engine__DOT__pe_qcount
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(4,vlSelf->dbg_a_active, vlSelf->permdnn_engine__DOT__pe_a_active
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    __Vtemp_h6d1ede12__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_rows
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_h6d1ede12__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_rows
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_h6d1ede12__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_rows
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    VL_ASSIGN_SWW(88,vlSelf->dbg_a_rows, __Vtemp_h6d1ede12__0);
    __Vtemp_h2d46ca80__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_h2d46ca80__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_h2d46ca80__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    __Vtemp_h2d46ca80__0[3U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][3U];
    __Vtemp_h2d46ca80__0[4U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][4U];
    __Vtemp_h2d46ca80__0[5U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][5U];
    __Vtemp_h2d46ca80__0[6U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][6U];
    __Vtemp_h2d46ca80__0[7U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][7U];
    VL_ASSIGN_SWW(256,vlSelf->dbg_a_products, __Vtemp_h2d46ca80__0);
    VL_ASSIGN_SII(8,vlSelf->dbg_acc_we, vlSelf->permdnn_engine__DOT__pe_acc_we
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    __Vtemp_he75ec4fc__0[0U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_he75ec4fc__0[1U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_he75ec4fc__0[2U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    __Vtemp_he75ec4fc__0[3U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][3U];
    __Vtemp_he75ec4fc__0[4U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][4U];
    __Vtemp_he75ec4fc__0[5U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][5U];
    __Vtemp_he75ec4fc__0[6U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][6U];
    __Vtemp_he75ec4fc__0[7U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][7U];
    VL_ASSIGN_SWW(256,vlSelf->dbg_acc_wdata, __Vtemp_he75ec4fc__0);
    VL_ASSIGN_SII(8,vlSelf->dbg_out_we, vlSelf->permdnn_engine__DOT__pe_out_we
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0 
        = vlSelf->permdnn_engine__DOT__pe_i[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0 
        = vlSelf->permdnn_engine__DOT__pe_w[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0 
        = vlSelf->permdnn_engine__DOT__pe_m[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0 
        = vlSelf->permdnn_engine__DOT__pe_a[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (4U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (5U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (6U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (7U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (8U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (9U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0xaU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0xbU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0xcU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0xdU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0xeU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0xfU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x10U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x11U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x12U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x13U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x14U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x15U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x16U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x17U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x18U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x19U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x1aU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x1bU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x1cU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x1dU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x1eU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__selected 
        = ((IData)(vlSelf->__Vcellinp__permdnn_engine__ld_we) 
           & (0x1fU == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_pe)));
    vlSelf->permdnn_engine__DOT__pe_out[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[8U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[9U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xaU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xbU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xcU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xdU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xeU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xfU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x10U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x11U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x12U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x13U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x14U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x15U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x16U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x17U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x18U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x19U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1aU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1bU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1cU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1dU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1eU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1fU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_acc[0U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[1U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[2U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[3U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[4U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[5U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[6U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[7U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[8U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[9U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xaU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xbU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xcU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xdU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xeU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xfU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x10U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x11U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x12U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x13U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x14U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x15U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x16U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x17U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x18U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x19U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1aU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1bU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1cU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1dU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1eU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1fU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    VL_ASSIGN_SII(1,vlSelf->dbg_i_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_i_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_i_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_w_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_w_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_w_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_m_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_m_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_m_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_a_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_a_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_a_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__8__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__8__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__9__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__9__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__10__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__10__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__11__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__11__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__12__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__12__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__13__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__13__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__14__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__14__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__15__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__15__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__16__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__16__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__17__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__17__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__18__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__18__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__19__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__19__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__20__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__20__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__21__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__21__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__22__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__22__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__23__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__23__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__24__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__24__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__25__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__25__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__26__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__26__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__ld_we_w 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__selected) 
           & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__ld_we_k 
        = ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__selected) 
           & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)));
    VL_ASSIGN_SII(16,vlSelf->dbg_out, vlSelf->permdnn_engine__DOT__pe_out
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(32,vlSelf->dbg_acc, vlSelf->permdnn_engine__DOT__pe_acc
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
}

void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);

void Vpe32_mul8_q4_s16_a32___024root___eval_ico(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_ico\n"); );
    // Body
    if (vlSelf->__VicoTriggered.at(0U)) {
        Vpe32_mul8_q4_s16_a32___024root___ico_sequent__TOP__0(vlSelf);
        vlSelf->__Vm_traceActivity[1U] = 1U;
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___ico_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe));
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vpe32_mul8_q4_s16_a32___024root___dump_triggers__act(Vpe32_mul8_q4_s16_a32___024root* vlSelf);
#endif  // VL_DEBUG

void Vpe32_mul8_q4_s16_a32___024root___eval_triggers__act(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_triggers__act\n"); );
    // Body
    vlSelf->__VactTriggered.at(0U) = ((IData)(vlSelf->__Vcellinp__permdnn_engine__clk) 
                                      & (~ (IData)(vlSelf->__Vtrigrprev__TOP____Vcellinp__permdnn_engine__clk)));
    vlSelf->__Vtrigrprev__TOP____Vcellinp__permdnn_engine__clk 
        = vlSelf->__Vcellinp__permdnn_engine__clk;
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vpe32_mul8_q4_s16_a32___024root___dump_triggers__act(vlSelf);
    }
#endif
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__0(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__0\n"); );
    // Init
    CData/*0:0*/ __Vdly__permdnn_engine__DOT__running;
    __Vdly__permdnn_engine__DOT__running = 0;
    IData/*31:0*/ __Vdly__permdnn_engine__DOT__cycle_r;
    __Vdly__permdnn_engine__DOT__cycle_r = 0;
    SData/*8:0*/ __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word = 0;
    SData/*13:0*/ __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base = 0;
    SData/*15:0*/ __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 = 0;
    CData/*7:0*/ __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0;
    __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 = 0;
    SData/*15:0*/ __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0;
    __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 = 0;
    CData/*0:0*/ __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 = 0;
    VlWide<8>/*255:0*/ __Vtemp_h4140f05d__0;
    // Body
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 0U;
    __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 0U;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word 
        = vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base 
        = vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base;
    __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending 
        = vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending;
    __Vdly__permdnn_engine__DOT__cycle_r = vlSelf->permdnn_engine__DOT__cycle_r;
    __Vdly__permdnn_engine__DOT__running = vlSelf->permdnn_engine__DOT__running;
    vlSelf->permdnn_engine__DOT__pe_qcount[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [0U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[1U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[1U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[1U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[1U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[1U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[1U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[1U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[1U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[1U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[1U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[1U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[1U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[1U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[1U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[1U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [1U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[2U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[2U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[2U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[2U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[2U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[2U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[2U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[2U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[2U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[2U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[2U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[2U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[2U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[2U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[2U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [2U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[3U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[3U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[3U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[3U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[3U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[3U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[3U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[3U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[3U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[3U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[3U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[3U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[3U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[3U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[3U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [3U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[4U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[4U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[4U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[4U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[4U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[4U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[4U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[4U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[4U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[4U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[4U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[4U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[4U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[4U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[4U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [4U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[5U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[5U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[5U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[5U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[5U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[5U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[5U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[5U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[5U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[5U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[5U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[5U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[5U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[5U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[5U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [5U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[6U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[6U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[6U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[6U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[6U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[6U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[6U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[6U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[6U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[6U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[6U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[6U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[6U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[6U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[6U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [6U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[7U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[7U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[7U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[7U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[7U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[7U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[7U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[7U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[7U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[7U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[7U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[7U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[7U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[7U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[7U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [7U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[8U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[8U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[8U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[8U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[8U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [8U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[8U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[8U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[8U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [8U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[8U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[8U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[8U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[8U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[8U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [8U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[8U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[8U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[8U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[8U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [8U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[9U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[9U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[9U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[9U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[9U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_a
                                              [9U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[9U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[9U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__o_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[9U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [9U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[9U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[9U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[9U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[9U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[9U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [9U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[9U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_m
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__o_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[9U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_w
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[9U] = ((0x8003U 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_i_j) 
                                                << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[9U] = ((0xfffcU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [9U]) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0xaU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0xaU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0xaU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0xaU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0xaU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xaU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xaU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0xaU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__o_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0xaU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xaU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xaU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xaU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xaU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0xaU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0xaU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xaU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0xaU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__o_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0xaU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0xaU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0xaU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xaU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0xbU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0xbU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0xbU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0xbU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0xbU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xbU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xbU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0xbU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__o_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0xbU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xbU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xbU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xbU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xbU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0xbU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0xbU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xbU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0xbU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__o_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0xbU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0xbU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0xbU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xbU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0xcU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0xcU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0xcU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0xcU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0xcU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xcU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xcU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0xcU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__o_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0xcU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xcU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xcU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xcU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xcU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0xcU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0xcU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xcU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0xcU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__o_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0xcU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0xcU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0xcU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xcU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0xdU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0xdU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0xdU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0xdU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0xdU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xdU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xdU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0xdU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__o_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0xdU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xdU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xdU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xdU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xdU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0xdU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0xdU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xdU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0xdU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__o_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0xdU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0xdU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0xdU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xdU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0xeU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0xeU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0xeU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0xeU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0xeU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xeU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xeU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0xeU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__o_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0xeU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xeU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xeU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xeU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xeU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0xeU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0xeU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xeU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0xeU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__o_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0xeU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0xeU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0xeU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xeU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0xfU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0xfU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0xfU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0xfU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0xfU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_a
                                                [0xfU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0xfU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0xfU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__o_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0xfU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xfU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xfU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xfU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0xfU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0xfU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0xfU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xfU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0xfU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_m
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__o_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0xfU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_w
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0xfU] = ((0x8003U 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_i_j) 
                                                  << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0xfU] = ((0xfffcU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xfU]) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x10U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x10U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x10U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x10U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x10U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x10U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x10U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x10U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x10U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x10U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x10U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x10U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x10U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x10U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x10U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x10U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x10U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x10U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x10U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x10U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x10U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x11U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x11U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x11U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x11U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x11U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x11U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x11U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x11U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x11U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x11U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x11U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x11U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x11U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x11U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x11U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x11U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x11U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x11U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x11U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x11U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x11U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x12U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x12U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x12U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x12U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x12U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x12U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x12U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x12U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x12U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x12U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x12U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x12U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x12U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x12U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x12U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x12U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x12U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x12U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x12U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x12U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x12U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x13U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x13U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x13U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x13U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x13U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x13U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x13U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x13U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x13U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x13U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x13U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x13U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x13U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x13U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x13U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x13U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x13U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x13U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x13U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x13U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x13U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x14U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x14U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x14U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x14U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x14U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x14U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x14U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x14U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x14U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x14U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x14U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x14U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x14U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x14U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x14U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x14U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x14U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x14U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x14U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x14U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x14U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x15U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x15U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x15U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x15U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x15U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x15U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x15U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x15U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x15U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x15U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x15U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x15U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x15U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x15U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x15U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x15U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x15U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x15U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x15U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x15U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x15U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x16U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x16U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x16U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x16U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x16U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x16U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x16U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x16U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x16U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x16U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x16U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x16U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x16U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x16U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x16U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x16U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x16U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x16U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x16U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x16U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x16U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x17U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x17U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x17U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x17U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x17U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x17U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x17U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x17U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x17U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x17U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x17U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x17U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x17U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x17U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x17U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x17U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x17U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x17U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x17U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x17U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x17U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x18U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x18U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x18U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x18U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x18U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x18U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x18U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x18U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x18U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x18U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x18U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x18U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x18U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x18U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x18U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x18U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x18U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x18U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x18U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x18U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x18U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x19U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x19U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x19U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x19U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x19U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x19U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x19U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x19U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x19U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x19U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x19U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x19U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x19U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x19U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x19U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x19U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x19U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x19U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x19U] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x19U] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x19U]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x1aU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x1aU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x1aU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x1aU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x1aU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1aU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1aU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x1aU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x1aU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1aU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1aU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1aU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1aU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x1aU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x1aU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1aU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x1aU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x1aU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x1aU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x1aU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1aU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x1bU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x1bU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x1bU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x1bU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x1bU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1bU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1bU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x1bU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x1bU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1bU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1bU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1bU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1bU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x1bU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x1bU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1bU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x1bU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x1bU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x1bU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x1bU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1bU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x1cU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x1cU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x1cU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x1cU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x1cU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1cU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1cU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x1cU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x1cU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1cU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1cU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1cU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1cU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x1cU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x1cU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1cU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x1cU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x1cU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x1cU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x1cU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1cU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x1dU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x1dU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x1dU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x1dU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x1dU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1dU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1dU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x1dU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x1dU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1dU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1dU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1dU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1dU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x1dU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x1dU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1dU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x1dU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x1dU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x1dU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x1dU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1dU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x1eU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__pe_a[0x1eU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x1eU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x1eU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x1eU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1eU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1eU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x1eU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x1eU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1eU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1eU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1eU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1eU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x1eU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x1eU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1eU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x1eU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x1eU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_i[0x1eU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x1eU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1eU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_slot));
    vlSelf->permdnn_engine__DOT__pe_qcount[0x1fU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt;
    vlSelf->permdnn_engine__DOT__room = (((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                          << 0x1fU) 
                                         | (((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                             << 0x1eU) 
                                            | (((4U 
                                                 > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                << 0x1dU) 
                                               | (((4U 
                                                    > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                   << 0x1cU) 
                                                  | (((4U 
                                                       > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                      << 0x1bU) 
                                                     | (((4U 
                                                          > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                         << 0x1aU) 
                                                        | (((4U 
                                                             > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                            << 0x19U) 
                                                           | (((4U 
                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                               << 0x18U) 
                                                              | (((4U 
                                                                   > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                  << 0x17U) 
                                                                 | (((4U 
                                                                      > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                     << 0x16U) 
                                                                    | (((4U 
                                                                         > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                        << 0x15U) 
                                                                       | (((4U 
                                                                            > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                           << 0x14U) 
                                                                          | (((4U 
                                                                               > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                              << 0x13U) 
                                                                             | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0x12U) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0x11U) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0x10U) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0xfU) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0xeU) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0xdU) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0xcU) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0xbU) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 0xaU) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 9U) 
                                                                                | (((4U 
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                << 8U) 
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
                                                                                > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)))))))))))))))))))))))))))))))));
    vlSelf->permdnn_engine__DOT__pe_a[0x1fU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_a_active[0x1fU] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_active;
    vlSelf->permdnn_engine__DOT__pe_a[0x1fU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_a[0x1fU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_a
                                                 [0x1fU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_slot));
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[0U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[1U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[2U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[3U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[4U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[5U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[6U];
    vlSelf->permdnn_engine__DOT__pe_a_prod[0x1fU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_products[7U];
    vlSelf->permdnn_engine__DOT__pe_m[0x1fU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_m[0x1fU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1fU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_slot));
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1fU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows[0U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1fU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows[1U];
    vlSelf->permdnn_engine__DOT__pe_a_rows[0x1fU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_rows[2U];
    vlSelf->permdnn_engine__DOT__pe_w[0x1fU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_w[0x1fU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1fU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_slot));
    vlSelf->permdnn_engine__DOT__pe_m[0x1fU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_m
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_w[0x1fU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_w
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__idle = (((~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__i_valid) 
                                                    | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__a_valid) 
                                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                          << 0x1fU) 
                                         | ((0x40000000U 
                                             & ((~ 
                                                 ((0U 
                                                   != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                  | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                     | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__i_valid) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__a_valid) 
                                                           | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                << 0x1eU)) 
                                            | ((0x20000000U 
                                                & ((~ 
                                                    ((0U 
                                                      != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                     | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__i_valid) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__a_valid) 
                                                              | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                   << 0x1dU)) 
                                               | ((0x10000000U 
                                                   & ((~ 
                                                       ((0U 
                                                         != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                        | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__i_valid) 
                                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__a_valid) 
                                                                 | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                      << 0x1cU)) 
                                                  | ((0x8000000U 
                                                      & ((~ 
                                                          ((0U 
                                                            != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                           | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__i_valid) 
                                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__a_valid) 
                                                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                         << 0x1bU)) 
                                                     | ((0x4000000U 
                                                         & ((~ 
                                                             ((0U 
                                                               != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__i_valid) 
                                                                    | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__a_valid) 
                                                                       | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                            << 0x1aU)) 
                                                        | ((0x2000000U 
                                                            & ((~ 
                                                                ((0U 
                                                                  != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                 | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                    | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__i_valid) 
                                                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__a_valid) 
                                                                          | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                               << 0x19U)) 
                                                           | ((0x1000000U 
                                                               & ((~ 
                                                                   ((0U 
                                                                     != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                    | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__i_valid) 
                                                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__a_valid) 
                                                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                  << 0x18U)) 
                                                              | ((0x800000U 
                                                                  & ((~ 
                                                                      ((0U 
                                                                        != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__i_valid) 
                                                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                     << 0x17U)) 
                                                                 | ((0x400000U 
                                                                     & ((~ 
                                                                         ((0U 
                                                                           != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                        << 0x16U)) 
                                                                    | ((0x200000U 
                                                                        & ((~ 
                                                                            ((0U 
                                                                              != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                           << 0x15U)) 
                                                                       | ((0x100000U 
                                                                           & ((~ 
                                                                               ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                              << 0x14U)) 
                                                                          | ((0x80000U 
                                                                              & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0x13U)) 
                                                                             | ((0x40000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0x12U)) 
                                                                                | ((0x20000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0x11U)) 
                                                                                | ((0x10000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0x10U)) 
                                                                                | ((0x8000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0xfU)) 
                                                                                | ((0x4000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0xeU)) 
                                                                                | ((0x2000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0xdU)) 
                                                                                | ((0x1000U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0xcU)) 
                                                                                | ((0x800U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0xbU)) 
                                                                                | ((0x400U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 0xaU)) 
                                                                                | ((0x200U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 9U)) 
                                                                                | ((0x100U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 8U)) 
                                                                                | ((0x80U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 7U)) 
                                                                                | ((0x40U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 6U)) 
                                                                                | ((0x20U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 5U)) 
                                                                                | ((0x10U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 4U)) 
                                                                                | ((8U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 3U)) 
                                                                                | ((4U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 2U)) 
                                                                                | ((2U 
                                                                                & ((~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))) 
                                                                                << 1U)) 
                                                                                | (1U 
                                                                                & (~ 
                                                                                ((0U 
                                                                                != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid))))))))))))))))))))))))))))))))))))));
    vlSelf->permdnn_engine__DOT__pe_i[0x1fU] = ((0x8003U 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_j) 
                                                   << 2U));
    vlSelf->permdnn_engine__DOT__pe_i[0x1fU] = ((0xfffcU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1fU]) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_slot));
    if (vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we) {
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[7U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[7U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[6U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[6U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[5U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[5U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[4U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[4U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[3U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[3U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[2U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[2U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[1U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[1U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (vlSelf->__Vcellinp__permdnn_engine__ld_data[0U] 
               >> 0x10U);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
        __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffffU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        __Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 = 1U;
        __Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0 
            = (0xffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr));
    }
    if (vlSelf->__Vcellinp__permdnn_engine__start) {
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word 
            = vlSelf->__Vcellinp__permdnn_engine__cfg_first_word;
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending = 0U;
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base 
            = (0x3fffU & ((IData)(vlSelf->__Vcellinp__permdnn_engine__cfg_first_word) 
                          << 4U));
    } else if ((1U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))) {
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word 
            = (0x1ffU & ((IData)(1U) + (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word)));
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending 
            = vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask;
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__base 
            = (0x1fffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base));
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base 
            = (0x3fffU & ((IData)(0x10U) + (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base)));
    } else if ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))) {
        __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending 
            = ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending) 
               & ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending) 
                  - (IData)(1U)));
    }
    if ((1U & (~ (IData)(vlSelf->__Vcellinp__permdnn_engine__rst)))) {
        if (vlSelf->__Vcellinp__permdnn_engine__start) {
            vlSelf->permdnn_engine__DOT__n_r = vlSelf->__Vcellinp__permdnn_engine__cfg_n;
            vlSelf->permdnn_engine__DOT__relu_r = vlSelf->__Vcellinp__permdnn_engine__cfg_relu;
            vlSelf->permdnn_engine__DOT__frac_r = vlSelf->__Vcellinp__permdnn_engine__cfg_frac;
            vlSelf->permdnn_engine__DOT__formula_r 
                = vlSelf->__Vcellinp__permdnn_engine__cfg_formula;
            vlSelf->permdnn_engine__DOT__drain_cfg_r 
                = vlSelf->__Vcellinp__permdnn_engine__cfg_drain;
            vlSelf->permdnn_engine__DOT__end_r = vlSelf->__Vcellinp__permdnn_engine__cfg_end;
            vlSelf->permdnn_engine__DOT__p_r = vlSelf->__Vcellinp__permdnn_engine__cfg_p;
        }
    }
    if ((1U & (~ (IData)(vlSelf->__Vcellinp__permdnn_engine__start)))) {
        if ((1U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))) {
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[0U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[0U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[1U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[1U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[2U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[2U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[3U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[3U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[4U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[4U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[5U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[5U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[6U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[6U];
            vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[7U] 
                = vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[7U];
        }
    }
    if (vlSelf->__Vcellinp__permdnn_engine__rst) {
        vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows = 0U;
        vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows = 0U;
        __Vdly__permdnn_engine__DOT__running = 0U;
        vlSelf->permdnn_engine__DOT__drain_r = 0U;
        vlSelf->permdnn_engine__DOT__finished = 0U;
        __Vdly__permdnn_engine__DOT__cycle_r = 0U;
    } else {
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
             & (3U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))) {
            vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows 
                = (0x3fU & vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]);
        }
        if (vlSelf->__Vcellinp__permdnn_engine__start) {
            __Vdly__permdnn_engine__DOT__running = 1U;
            vlSelf->permdnn_engine__DOT__drain_r = 0U;
            vlSelf->permdnn_engine__DOT__finished = 0U;
            __Vdly__permdnn_engine__DOT__cycle_r = 0U;
        } else if (vlSelf->permdnn_engine__DOT__running) {
            if (vlSelf->permdnn_engine__DOT__finish) {
                __Vdly__permdnn_engine__DOT__running = 0U;
                vlSelf->permdnn_engine__DOT__finished = 1U;
            } else {
                __Vdly__permdnn_engine__DOT__cycle_r 
                    = ((IData)(1U) + vlSelf->permdnn_engine__DOT__cycle_r);
                vlSelf->permdnn_engine__DOT__drain_r 
                    = vlSelf->__Vcellout__permdnn_engine__draining;
            }
        }
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem__v0;
    }
    if (__Vdlyvset__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[__Vdlyvdim0__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0] 
            = __Vdlyvval__permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem__v0;
    }
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word 
        = __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_word;
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending 
        = __Vdly__permdnn_engine__DOT__u_nzd__DOT__pending;
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base 
        = __Vdly__permdnn_engine__DOT__u_nzd__DOT__next_base;
    vlSelf->permdnn_engine__DOT__cycle_r = __Vdly__permdnn_engine__DOT__cycle_r;
    vlSelf->permdnn_engine__DOT__running = __Vdly__permdnn_engine__DOT__running;
    VL_ASSIGN_SII(9,vlSelf->nzd_word, vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word);
    __Vtemp_h4140f05d__0[6U] = (((IData)((((QData)((IData)(
                                                           ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem
                                                             [
                                                             (0xffU 
                                                              & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                             << 0x10U) 
                                                            | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem
                                                            [
                                                            (0xffU 
                                                             & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))) 
                                           << 0x20U) 
                                          | (QData)((IData)(
                                                            ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem
                                                              [
                                                              (0xffU 
                                                               & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                              << 0x10U) 
                                                             | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem
                                                             [
                                                             (0xffU 
                                                              & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))))) 
                                 >> 0x10U) | ((IData)(
                                                      ((((QData)((IData)(
                                                                         ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem
                                                                           [
                                                                           (0xffU 
                                                                            & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                                           << 0x10U) 
                                                                          | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem
                                                                          [
                                                                          (0xffU 
                                                                           & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))) 
                                                         << 0x20U) 
                                                        | (QData)((IData)(
                                                                          ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem
                                                                            [
                                                                            (0xffU 
                                                                             & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                                            << 0x10U) 
                                                                           | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem
                                                                           [
                                                                           (0xffU 
                                                                            & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))])))) 
                                                       >> 0x20U)) 
                                              << 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[0U] 
        = ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem
            [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
            << 0x10U) | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem
           [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]);
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[1U] 
        = (((0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem
             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]) 
            | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem
               [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
               >> 0x10U)) | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem
                             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                             << 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[2U] 
        = (((0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem
             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]) 
            | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem
               [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
               >> 0x10U)) | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem
                             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                             << 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[3U] 
        = (((0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem
             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]) 
            | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem
               [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
               >> 0x10U)) | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem
                             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                             << 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[4U] 
        = (((0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem
             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]) 
            | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem
               [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
               >> 0x10U)) | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem
                             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                             << 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[5U] 
        = (((0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem
             [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]) 
            | (vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem
               [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
               >> 0x10U)) | ((IData)((((QData)((IData)(
                                                       ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem
                                                         [
                                                         (0xffU 
                                                          & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                         << 0x10U) 
                                                        | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem
                                                        [
                                                        (0xffU 
                                                         & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))) 
                                       << 0x20U) | (QData)((IData)(
                                                                   ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem
                                                                     [
                                                                     (0xffU 
                                                                      & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                                     << 0x10U) 
                                                                    | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem
                                                                    [
                                                                    (0xffU 
                                                                     & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))))) 
                             << 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[6U] 
        = __Vtemp_h4140f05d__0[6U];
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[7U] 
        = ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem
            [(0xffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
            << 0x10U) | ((IData)(((((QData)((IData)(
                                                    ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem
                                                      [
                                                      (0xffU 
                                                       & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                      << 0x10U) 
                                                     | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem
                                                     [
                                                     (0xffU 
                                                      & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))]))) 
                                    << 0x20U) | (QData)((IData)(
                                                                ((vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem
                                                                  [
                                                                  (0xffU 
                                                                   & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))] 
                                                                  << 0x10U) 
                                                                 | vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem
                                                                 [
                                                                 (0xffU 
                                                                  & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))])))) 
                                  >> 0x20U)) >> 0x10U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0U;
    if ((0x8000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0xfU;
    }
    if ((0x4000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0xeU;
    }
    if ((0x2000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0xdU;
    }
    if ((0x1000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0xcU;
    }
    if ((0x800U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0xbU;
    }
    if ((0x400U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0xaU;
    }
    if ((0x200U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 9U;
    }
    if ((0x100U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 8U;
    }
    if ((0x80U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 7U;
    }
    if ((0x40U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 6U;
    }
    if ((0x20U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 5U;
    }
    if ((0x10U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 4U;
    }
    if ((8U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 3U;
    }
    if ((4U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 2U;
    }
    if ((2U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 1U;
    }
    vlSelf->permdnn_engine__DOT__b_x = 0U;
    if ((0x8000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[7U] 
                                            >> 0x10U);
    }
    if ((0x4000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[7U]);
    }
    if ((0x2000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[6U] 
                                            >> 0x10U);
    }
    if ((0x1000U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[6U]);
    }
    if ((0x800U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[5U] 
                                            >> 0x10U);
    }
    if ((0x400U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[5U]);
    }
    if ((0x200U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[4U] 
                                            >> 0x10U);
    }
    if ((0x100U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[4U]);
    }
    if ((0x80U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[3U] 
                                            >> 0x10U);
    }
    if ((0x40U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[3U]);
    }
    if ((0x20U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[2U] 
                                            >> 0x10U);
    }
    if ((0x10U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[2U]);
    }
    if ((8U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[1U] 
                                            >> 0x10U);
    }
    if ((4U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[1U]);
    }
    if ((2U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__b_x = (vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[0U] 
                                            >> 0x10U);
    }
    if ((1U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) {
        vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos = 0U;
        vlSelf->permdnn_engine__DOT__b_x = (0xffffU 
                                            & vlSelf->permdnn_engine__DOT__u_nzd__DOT__held[0U]);
    }
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining 
        = (0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__n_r) 
                      - (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base)));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__more = 
        ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base) 
         < (IData)(vlSelf->permdnn_engine__DOT__end_r));
    vlSelf->permdnn_engine__DOT__active = (((0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)) 
                                            << 0x1fU) 
                                           | (((0U 
                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)) 
                                               << 0x1eU) 
                                              | (((0U 
                                                   != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)) 
                                                  << 0x1dU) 
                                                 | (((0U 
                                                      != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)) 
                                                     << 0x1cU) 
                                                    | (((0U 
                                                         != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows)) 
                                                        << 0x1bU) 
                                                       | (((0U 
                                                            != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows)) 
                                                           << 0x1aU) 
                                                          | (((0U 
                                                               != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows)) 
                                                              << 0x19U) 
                                                             | (((0U 
                                                                  != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows)) 
                                                                 << 0x18U) 
                                                                | (((0U 
                                                                     != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows)) 
                                                                    << 0x17U) 
                                                                   | (((0U 
                                                                        != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows)) 
                                                                       << 0x16U) 
                                                                      | (((0U 
                                                                           != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows)) 
                                                                          << 0x15U) 
                                                                         | (((0U 
                                                                              != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__block_rows)) 
                                                                             << 0x14U) 
                                                                            | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__block_rows)) 
                                                                                << 0x13U) 
                                                                               | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__block_rows)) 
                                                                                << 0x12U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__block_rows)) 
                                                                                << 0x11U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__block_rows)) 
                                                                                << 0x10U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__block_rows)) 
                                                                                << 0xfU) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__block_rows)) 
                                                                                << 0xeU) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__block_rows)) 
                                                                                << 0xdU) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__block_rows)) 
                                                                                << 0xcU) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__block_rows)) 
                                                                                << 0xbU) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__block_rows)) 
                                                                                << 0xaU) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__block_rows)) 
                                                                                << 9U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__block_rows)) 
                                                                                << 8U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows)) 
                                                                                << 7U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows)) 
                                                                                << 6U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows)) 
                                                                                << 5U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows)) 
                                                                                << 4U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows)) 
                                                                                << 3U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows)) 
                                                                                << 2U) 
                                                                                | (((0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows)) 
                                                                                << 1U) 
                                                                                | (0U 
                                                                                != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows)))))))))))))))))))))))))))))))));
    VL_ASSIGN_SII(32,vlSelf->cycle, vlSelf->permdnn_engine__DOT__cycle_r);
    VL_ASSIGN_SII(1,vlSelf->busy, vlSelf->permdnn_engine__DOT__running);
    vlSelf->__Vcellout__permdnn_engine__nzd_j = (0x1fffU 
                                                 & ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos)));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfffeU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | ((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[0U])) 
            & (0U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfffdU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[0U] 
                     >> 0x10U)) & (1U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 1U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfffbU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[1U])) 
             & (2U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 2U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfff7U & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[1U] 
                     >> 0x10U)) & (3U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 3U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xffefU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[2U])) 
             & (4U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 4U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xffdfU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[2U] 
                     >> 0x10U)) & (5U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 5U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xffbfU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[3U])) 
             & (6U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 6U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xff7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[3U] 
                     >> 0x10U)) & (7U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 7U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfeffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[4U])) 
             & (8U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 8U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfdffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[4U] 
                     >> 0x10U)) & (9U < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 9U));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xfbffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[5U])) 
             & (0xaU < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 0xaU));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xf7ffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[5U] 
                     >> 0x10U)) & (0xbU < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 0xbU));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xefffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[6U])) 
             & (0xcU < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 0xcU));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xdfffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[6U] 
                     >> 0x10U)) & (0xdU < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 0xdU));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0xbfffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (0xffffU & vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[7U])) 
             & (0xeU < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 0xeU));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask = 
        ((0x7fffU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask)) 
         | (((0U != (vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata[7U] 
                     >> 0x10U)) & (0xfU < (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining))) 
            << 0xfU));
    vlSelf->__Vcellout__permdnn_engine__draining = 
        ((IData)(vlSelf->permdnn_engine__DOT__running) 
         & ((IData)(vlSelf->permdnn_engine__DOT__drain_r) 
            | (((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))) 
               & (0xffffffffU == ((~ vlSelf->permdnn_engine__DOT__active) 
                                  | vlSelf->permdnn_engine__DOT__idle)))));
    VL_ASSIGN_SII(13,vlSelf->nzd_j, vlSelf->__Vcellout__permdnn_engine__nzd_j);
    vlSelf->permdnn_engine__DOT__b_c = (0x1fffU & VL_DIV_III(13, (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_j), (IData)(vlSelf->permdnn_engine__DOT__p_r)));
    VL_ASSIGN_SII(1,vlSelf->draining, vlSelf->__Vcellout__permdnn_engine__draining);
    vlSelf->permdnn_engine__DOT__compute = ((~ (IData)(vlSelf->__Vcellout__permdnn_engine__draining)) 
                                            & (IData)(vlSelf->permdnn_engine__DOT__running));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide 
        = (0x1fffU & VL_MODDIV_III(13, (IData)(vlSelf->permdnn_engine__DOT__b_c), (IData)(vlSelf->permdnn_engine__DOT__p_r)));
    vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide 
        = (0x1fffU & ((IData)(vlSelf->__Vcellout__permdnn_engine__nzd_j) 
                      - ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                         * (IData)(vlSelf->permdnn_engine__DOT__p_r))));
    vlSelf->__Vcellout__permdnn_engine__nzd_action 
        = ((IData)(vlSelf->permdnn_engine__DOT__compute)
            ? ((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))
                ? ((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)
                    ? 1U : 0U) : ((0xffffffffU == (
                                                   (~ vlSelf->permdnn_engine__DOT__active) 
                                                   | vlSelf->permdnn_engine__DOT__room))
                                   ? 2U : 3U)) : 0U);
    VL_ASSIGN_SII(2,vlSelf->nzd_action, vlSelf->__Vcellout__permdnn_engine__nzd_action);
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__8__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__9__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__10__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__11__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__12__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__13__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__14__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__15__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__16__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__17__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__18__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__19__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__20__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__21__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__22__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__23__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__24__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__25__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__26__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__27__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__28__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__29__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__30__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__block_rows)));
    vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__31__KET____DOT__u_pe__push 
        = ((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action)) 
           & (0U != (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__block_rows)));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__1(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__1\n"); );
    // Body
    vlSelf->permdnn_engine__DOT__pe_i[0U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [0U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[1U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [1U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[2U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [2U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[3U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [3U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[4U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [4U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[5U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [5U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[6U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [6U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[7U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [7U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[8U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [8U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[8U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[9U] = ((0x7fffU 
                                              & vlSelf->permdnn_engine__DOT__pe_i
                                              [9U]) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_i_valid) 
                                                << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[9U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0xaU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xaU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0xaU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0xbU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xbU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0xbU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0xcU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xcU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0xcU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0xdU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xdU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0xdU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0xeU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xeU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0xeU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0xfU] = ((0x7fffU 
                                                & vlSelf->permdnn_engine__DOT__pe_i
                                                [0xfU]) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_i_valid) 
                                                  << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0xfU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x10U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x10U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x10U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x11U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x11U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x11U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x12U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x12U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x12U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x13U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x13U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x13U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x14U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x14U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x14U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x15U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x15U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x15U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x16U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x16U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x16U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x17U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x17U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x17U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x18U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x18U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x18U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x19U] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x19U]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x19U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x1aU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1aU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x1aU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x1bU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1bU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x1bU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x1cU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1cU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x1cU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x1dU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1dU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x1dU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x1eU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1eU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x1eU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_we;
    vlSelf->permdnn_engine__DOT__pe_i[0x1fU] = ((0x7fffU 
                                                 & vlSelf->permdnn_engine__DOT__pe_i
                                                 [0x1fU]) 
                                                | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_i_valid) 
                                                   << 0xfU));
    vlSelf->permdnn_engine__DOT__finish = ((IData)(vlSelf->__Vcellout__permdnn_engine__draining) 
                                           & ((~ (IData)(vlSelf->permdnn_engine__DOT__drain_cfg_r)) 
                                              | (0xffffffffU 
                                                 == 
                                                 ((~ vlSelf->permdnn_engine__DOT__active) 
                                                  | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.drained) 
                                                      << 0x1fU) 
                                                     | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.drained) 
                                                         << 0x1eU) 
                                                        | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.drained) 
                                                            << 0x1dU) 
                                                           | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.drained) 
                                                               << 0x1cU) 
                                                              | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.drained) 
                                                                  << 0x1bU) 
                                                                 | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.drained) 
                                                                     << 0x1aU) 
                                                                    | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.drained) 
                                                                        << 0x19U) 
                                                                       | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.drained) 
                                                                           << 0x18U) 
                                                                          | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.drained) 
                                                                              << 0x17U) 
                                                                             | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.drained) 
                                                                                << 0x16U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.drained) 
                                                                                << 0x15U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.drained) 
                                                                                << 0x14U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.drained) 
                                                                                << 0x13U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.drained) 
                                                                                << 0x12U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.drained) 
                                                                                << 0x11U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.drained) 
                                                                                << 0x10U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.drained) 
                                                                                << 0xfU) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.drained) 
                                                                                << 0xeU) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.drained) 
                                                                                << 0xdU) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.drained) 
                                                                                << 0xcU) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.drained) 
                                                                                << 0xbU) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.drained) 
                                                                                << 0xaU) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.drained) 
                                                                                << 9U) 
                                                                                | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.drained) 
                                                                                << 8U) 
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
                                                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained))))))))))))))))))))))))))))))))))));
    vlSelf->permdnn_engine__DOT__pe_acc_we[0x1fU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_we;
    VL_ASSIGN_SII(1,vlSelf->done, ((IData)(vlSelf->permdnn_engine__DOT__finished) 
                                   | (IData)(vlSelf->permdnn_engine__DOT__finish)));
    vlSelf->permdnn_engine__DOT__pe_drain = ((~ (IData)(vlSelf->permdnn_engine__DOT__finish)) 
                                             & (IData)(vlSelf->__Vcellout__permdnn_engine__draining));
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__2(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__2\n"); );
    // Body
    vlSelf->permdnn_engine__DOT__pe_out_we[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[1U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[2U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[3U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[4U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[5U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[6U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[7U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[8U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[8U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[9U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[9U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0xaU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xaU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0xbU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xbU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0xcU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xcU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0xdU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xdU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0xeU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xeU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0xfU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0xfU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x10U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x10U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x11U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x11U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x12U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x12U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x13U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x13U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x14U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x14U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x15U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x15U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x16U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x16U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x17U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x17U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x18U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x18U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x19U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x19U][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x1aU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1aU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x1bU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1bU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x1cU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1cU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x1dU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1dU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x1eU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1eU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.tr_acc_wdata[7U];
    vlSelf->permdnn_engine__DOT__pe_out_we[0x1fU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_out_we;
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][0U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[0U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][1U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[1U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][2U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[2U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][3U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[3U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][4U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[4U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][5U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[5U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][6U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[6U];
    vlSelf->permdnn_engine__DOT__pe_acc_wdata[0x1fU][7U] 
        = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.tr_acc_wdata[7U];
}

VL_INLINE_OPT void Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__3(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__3\n"); );
    // Init
    VlWide<8>/*255:0*/ __Vtemp_h2d46ca80__0;
    VlWide<3>/*95:0*/ __Vtemp_h6d1ede12__0;
    VlWide<8>/*255:0*/ __Vtemp_he75ec4fc__0;
    // Body
    VL_ASSIGN_SII(3,vlSelf->dbg_qcount, vlSelf->permdnn_engine__DOT__pe_qcount
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(1,vlSelf->dbg_active, (1U & (vlSelf->permdnn_engine__DOT__active 
                                               >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe))));
    VL_ASSIGN_SII(4,vlSelf->dbg_a_active, vlSelf->permdnn_engine__DOT__pe_a_active
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    __Vtemp_h2d46ca80__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_h2d46ca80__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_h2d46ca80__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    __Vtemp_h2d46ca80__0[3U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][3U];
    __Vtemp_h2d46ca80__0[4U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][4U];
    __Vtemp_h2d46ca80__0[5U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][5U];
    __Vtemp_h2d46ca80__0[6U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][6U];
    __Vtemp_h2d46ca80__0[7U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][7U];
    VL_ASSIGN_SWW(256,vlSelf->dbg_a_products, __Vtemp_h2d46ca80__0);
    vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0 
        = vlSelf->permdnn_engine__DOT__pe_a[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    __Vtemp_h6d1ede12__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_rows
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_h6d1ede12__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_rows
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_h6d1ede12__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_rows
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    VL_ASSIGN_SWW(88,vlSelf->dbg_a_rows, __Vtemp_h6d1ede12__0);
    vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0 
        = vlSelf->permdnn_engine__DOT__pe_m[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0 
        = vlSelf->permdnn_engine__DOT__pe_w[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0 
        = vlSelf->permdnn_engine__DOT__pe_i[vlSelf->__Vcellinp__permdnn_engine__dbg_pe];
    VL_ASSIGN_SII(8,vlSelf->dbg_acc_we, vlSelf->permdnn_engine__DOT__pe_acc_we
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(8,vlSelf->dbg_out_we, vlSelf->permdnn_engine__DOT__pe_out_we
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    __Vtemp_he75ec4fc__0[0U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_he75ec4fc__0[1U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_he75ec4fc__0[2U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    __Vtemp_he75ec4fc__0[3U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][3U];
    __Vtemp_he75ec4fc__0[4U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][4U];
    __Vtemp_he75ec4fc__0[5U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][5U];
    __Vtemp_he75ec4fc__0[6U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][6U];
    __Vtemp_he75ec4fc__0[7U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][7U];
    VL_ASSIGN_SWW(256,vlSelf->dbg_acc_wdata, __Vtemp_he75ec4fc__0);
    vlSelf->permdnn_engine__DOT__pe_out[0U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[1U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[2U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[3U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[4U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[5U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[6U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[7U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[8U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[9U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xaU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xbU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xcU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xdU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xeU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0xfU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x10U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x11U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x12U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x13U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x14U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x15U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x16U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x17U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x18U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x19U] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1aU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1bU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1cU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1dU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1eU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_out[0x1fU] = vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
        [vlSelf->__Vcellinp__permdnn_engine__dbg_row];
    vlSelf->permdnn_engine__DOT__pe_acc[0U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[1U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[2U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[3U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[4U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[5U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[6U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[7U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[8U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[9U] = ((1U 
                                                & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                   ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                    >> 5U)] 
                                                   >> 
                                                   (0x1fU 
                                                    & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xaU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xbU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xcU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xdU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xeU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0xfU] = ((1U 
                                                  & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                      >> 5U)] 
                                                     >> 
                                                     (0x1fU 
                                                      & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                  ? 
                                                 vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                 [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                  : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x10U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x11U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x12U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x13U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x14U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x15U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x16U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x17U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x18U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x19U] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1aU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1bU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1cU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1dU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1eU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    vlSelf->permdnn_engine__DOT__pe_acc[0x1fU] = ((1U 
                                                   & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                                       >> 5U)] 
                                                      >> 
                                                      (0x1fU 
                                                       & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                                   ? 
                                                  vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                                                  [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                                   : 0U);
    VL_ASSIGN_SII(1,vlSelf->dbg_a_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_a_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_a_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha6730fbd__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_m_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_m_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_m_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1d9b57__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_w_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_w_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_w_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1072fe0__0)));
    VL_ASSIGN_SII(1,vlSelf->dbg_i_valid, (1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0) 
                                                >> 0xfU)));
    VL_ASSIGN_SII(13,vlSelf->dbg_i_j, (0x1fffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0) 
                                                  >> 2U)));
    VL_ASSIGN_SII(2,vlSelf->dbg_i_slot, (3U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f39f298__0)));
    VL_ASSIGN_SII(16,vlSelf->dbg_out, vlSelf->permdnn_engine__DOT__pe_out
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
    VL_ASSIGN_SII(32,vlSelf->dbg_acc, vlSelf->permdnn_engine__DOT__pe_acc
                  [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]);
}

void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__0(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__1(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);
void Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2* vlSelf);

void Vpe32_mul8_q4_s16_a32___024root___eval_nba(Vpe32_mul8_q4_s16_a32___024root* vlSelf) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe32_mul8_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe32_mul8_q4_s16_a32___024root___eval_nba\n"); );
    // Body
    if (vlSelf->__VnbaTriggered.at(0U)) {
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe));
        vlSelf->__Vm_traceActivity[2U] = 1U;
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__0((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__0(vlSelf);
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe__1((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__1(vlSelf);
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__8__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__9__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__10__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__11__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__12__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__13__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__14__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__15__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__16__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__17__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__18__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__19__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__20__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__21__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__22__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__23__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__24__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__25__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__26__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__27__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__28__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__29__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__30__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2___nba_sequent__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__2((&vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__31__KET____DOT__u_pe));
        Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__2(vlSelf);
        Vpe32_mul8_q4_s16_a32___024root___nba_sequent__TOP__3(vlSelf);
    }
}
