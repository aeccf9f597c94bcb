// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design internal header
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#ifndef VERILATED_VPE8_MUL1_Q2_S4_A24___024ROOT_H_
#define VERILATED_VPE8_MUL1_Q2_S4_A24___024ROOT_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

class Vpe8_mul1_q2_s4_a24__Syms;
class Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2;


class Vpe8_mul1_q2_s4_a24___024root final : public VerilatedModule {
  public:
    // CELLS
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe;
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2* __PVT__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe;

    // DESIGN SPECIFIC STATE
    // Anonymous structures to workaround compiler member-count bugs
    struct {
        CData/*0:0*/ __Vcellinp__permdnn_engine__clk;
        CData/*0:0*/ __Vcellout__permdnn_engine__draining;
        CData/*1:0*/ __Vcellout__permdnn_engine__nzd_action;
        CData/*2:0*/ __Vcellinp__permdnn_engine__dbg_pe;
        CData/*2:0*/ __Vcellinp__permdnn_engine__ld_pe;
        CData/*1:0*/ __Vcellinp__permdnn_engine__ld_sel;
        CData/*0:0*/ __Vcellinp__permdnn_engine__ld_we;
        CData/*0:0*/ __Vcellinp__permdnn_engine__cfg_formula;
        CData/*0:0*/ __Vcellinp__permdnn_engine__cfg_relu;
        CData/*3:0*/ __Vcellinp__permdnn_engine__cfg_frac;
        CData/*6:0*/ __Vcellinp__permdnn_engine__cfg_p;
        CData/*0:0*/ __Vcellinp__permdnn_engine__cfg_drain;
        CData/*0:0*/ __Vcellinp__permdnn_engine__cfg_continue;
        CData/*6:0*/ __Vcellinp__permdnn_engine__cfg_first_word;
        CData/*0:0*/ __Vcellinp__permdnn_engine__start;
        CData/*0:0*/ __Vcellinp__permdnn_engine__rst;
        CData/*0:0*/ permdnn_engine__DOT__drain_cfg_r;
        CData/*6:0*/ permdnn_engine__DOT__p_r;
        CData/*3:0*/ permdnn_engine__DOT__frac_r;
        CData/*0:0*/ permdnn_engine__DOT__relu_r;
        CData/*0:0*/ permdnn_engine__DOT__formula_r;
        CData/*0:0*/ permdnn_engine__DOT__running;
        CData/*0:0*/ permdnn_engine__DOT__drain_r;
        CData/*0:0*/ permdnn_engine__DOT__finished;
        CData/*7:0*/ permdnn_engine__DOT__active;
        CData/*7:0*/ permdnn_engine__DOT__idle;
        CData/*0:0*/ permdnn_engine__DOT__finish;
        CData/*0:0*/ permdnn_engine__DOT__compute;
        CData/*0:0*/ permdnn_engine__DOT__pe_drain;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__u_nzd__ld_we;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push;
        CData/*0:0*/ permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected;
        CData/*5:0*/ permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows;
        CData/*0:0*/ permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push;
        CData/*6:0*/ permdnn_engine__DOT__u_nzd__DOT__next_word;
        CData/*3:0*/ permdnn_engine__DOT__u_nzd__DOT__pending;
        CData/*0:0*/ permdnn_engine__DOT__u_nzd__DOT__more;
        CData/*3:0*/ permdnn_engine__DOT__u_nzd__DOT__mask;
        CData/*1:0*/ permdnn_engine__DOT__u_nzd__DOT__pos;
        CData/*0:0*/ __Vtrigrprev__TOP____Vcellinp__permdnn_engine__clk;
        CData/*0:0*/ __VactContinue;
        SData/*8:0*/ __Vcellout__permdnn_engine__nzd_j;
        SData/*12:0*/ __Vcellinp__permdnn_engine__dbg_row;
    };
    struct {
        SData/*13:0*/ __Vcellinp__permdnn_engine__ld_addr;
        SData/*8:0*/ __Vcellinp__permdnn_engine__cfg_end;
        SData/*8:0*/ __Vcellinp__permdnn_engine__cfg_n;
        SData/*8:0*/ permdnn_engine__DOT__n_r;
        SData/*8:0*/ permdnn_engine__DOT__end_r;
        SData/*15:0*/ permdnn_engine__DOT__b_x;
        SData/*8:0*/ permdnn_engine__DOT__b_c;
        SData/*14:0*/ permdnn_engine__DOT____VdfgTmp_h2f388f02__0;
        SData/*14:0*/ permdnn_engine__DOT____VdfgTmp_hc1077f7f__0;
        SData/*14:0*/ permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0;
        SData/*14:0*/ permdnn_engine__DOT____VdfgTmp_ha672a51e__0;
        SData/*9:0*/ permdnn_engine__DOT__u_nzd__DOT__next_base;
        SData/*8:0*/ permdnn_engine__DOT__u_nzd__DOT__base;
        SData/*9:0*/ permdnn_engine__DOT__u_nzd__DOT__remaining;
        SData/*8:0*/ permdnn_engine__DOT__u_nzd__DOT__t_wide;
        SData/*8:0*/ permdnn_engine__DOT__u_nzd__DOT__cm_wide;
        IData/*31:0*/ permdnn_engine__DOT__cycle_r;
        IData/*31:0*/ permdnn_engine__DOT__u_nzd__DOT__i;
        IData/*31:0*/ __VstlIterCount;
        IData/*31:0*/ __VicoIterCount;
        IData/*31:0*/ __VactIterCount;
        QData/*63:0*/ __Vcellinp__permdnn_engine__ld_data;
        QData/*63:0*/ permdnn_engine__DOT__u_nzd__DOT__held;
        QData/*63:0*/ permdnn_engine__DOT__u_nzd__DOT__rdata;
        VlUnpacked<IData/*23:0*/, 8> permdnn_engine__DOT__pe_acc;
        VlUnpacked<SData/*15:0*/, 8> permdnn_engine__DOT__pe_out;
        VlUnpacked<CData/*1:0*/, 8> permdnn_engine__DOT__pe_qcount;
        VlUnpacked<SData/*14:0*/, 8> permdnn_engine__DOT__pe_i;
        VlUnpacked<SData/*14:0*/, 8> permdnn_engine__DOT__pe_w;
        VlUnpacked<SData/*14:0*/, 8> permdnn_engine__DOT__pe_m;
        VlUnpacked<SData/*14:0*/, 8> permdnn_engine__DOT__pe_a;
        VlUnpacked<CData/*0:0*/, 8> permdnn_engine__DOT__pe_a_active;
        VlUnpacked<SData/*12:0*/, 8> permdnn_engine__DOT__pe_a_rows;
        VlUnpacked<IData/*31:0*/, 8> permdnn_engine__DOT__pe_a_prod;
        VlUnpacked<CData/*0:0*/, 8> permdnn_engine__DOT__pe_acc_we;
        VlUnpacked<IData/*23:0*/, 8> permdnn_engine__DOT__pe_acc_wdata;
        VlUnpacked<CData/*0:0*/, 8> permdnn_engine__DOT__pe_out_we;
        VlUnpacked<SData/*15:0*/, 64> permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 64> permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 64> permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 64> permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem;
        VlUnpacked<CData/*0:0*/, 3> __Vm_traceActivity;
    };
    sc_in<bool> clk;
    sc_in<bool> rst;
    sc_in<bool> start;
    sc_in<uint32_t> cfg_first_word;
    sc_in<bool> cfg_continue;
    sc_in<bool> cfg_drain;
    sc_in<uint32_t> cfg_p;
    sc_in<uint32_t> cfg_frac;
    sc_in<bool> cfg_relu;
    sc_in<bool> cfg_formula;
    sc_in<bool> ld_we;
    sc_in<uint32_t> ld_sel;
    sc_in<uint32_t> ld_pe;
    sc_in<uint32_t> dbg_pe;
    sc_out<bool> dbg_active;
    sc_out<uint32_t> dbg_qcount;
    sc_out<bool> dbg_i_valid;
    sc_out<uint32_t> dbg_i_slot;
    sc_out<bool> dbg_w_valid;
    sc_out<uint32_t> dbg_w_slot;
    sc_out<bool> dbg_m_valid;
    sc_out<uint32_t> dbg_m_slot;
    sc_out<bool> dbg_a_valid;
    sc_out<uint32_t> dbg_a_slot;
    sc_out<bool> dbg_a_active;
    sc_out<bool> dbg_acc_we;
    sc_out<bool> dbg_out_we;
    sc_out<uint32_t> nzd_action;
    sc_out<uint32_t> nzd_word;
    sc_out<bool> draining;
    sc_out<bool> busy;
    sc_out<bool> done;
    sc_in<uint32_t> cfg_n;
    sc_in<uint32_t> cfg_end;
    sc_in<uint32_t> ld_addr;
    sc_in<uint32_t> dbg_row;
    sc_out<uint32_t> dbg_out;
    sc_out<uint32_t> dbg_i_j;
    sc_out<uint32_t> dbg_w_j;
    sc_out<uint32_t> dbg_m_j;
    sc_out<uint32_t> dbg_a_j;
    sc_out<uint32_t> dbg_a_rows;
    sc_out<uint32_t> nzd_j;
    sc_out<uint32_t> dbg_acc;
    sc_out<uint32_t> dbg_a_products;
    sc_out<uint32_t> dbg_acc_wdata;
    sc_out<uint32_t> cycle;
    sc_in<uint64_t> ld_data;
    VlTriggerVec<1> __VstlTriggered;
    VlTriggerVec<1> __VicoTriggered;
    VlTriggerVec<1> __VactTriggered;
    VlTriggerVec<1> __VnbaTriggered;

    // INTERNAL VARIABLES
    Vpe8_mul1_q2_s4_a24__Syms* const vlSymsp;

    // CONSTRUCTORS
    Vpe8_mul1_q2_s4_a24___024root(Vpe8_mul1_q2_s4_a24__Syms* symsp, const char* v__name);
    ~Vpe8_mul1_q2_s4_a24___024root();
    VL_UNCOPYABLE(Vpe8_mul1_q2_s4_a24___024root);

    // INTERNAL METHODS
    void __Vconfigure(bool first);
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);


#endif  // guard
