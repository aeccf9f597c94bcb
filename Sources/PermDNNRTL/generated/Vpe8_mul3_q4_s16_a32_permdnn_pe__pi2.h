// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design internal header
// See Vpe8_mul3_q4_s16_a32.h for the primary calling header

#ifndef VERILATED_VPE8_MUL3_Q4_S16_A32_PERMDNN_PE__PI2_H_
#define VERILATED_VPE8_MUL3_Q4_S16_A32_PERMDNN_PE__PI2_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

class Vpe8_mul3_q4_s16_a32__Syms;

class Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2 final : public VerilatedModule {
  public:

    // DESIGN SPECIFIC STATE
    // Anonymous structures to workaround compiler member-count bugs
    struct {
        VL_IN8(clk,0,0);
        VL_IN8(start,0,0);
        VL_IN8(clear,0,0);
        VL_IN8(compute,0,0);
        VL_IN8(drain,0,0);
        VL_IN8(cfg_p,6,0);
        VL_IN8(cfg_block_rows,4,0);
        VL_IN8(cfg_formula,0,0);
        VL_IN8(cfg_relu,0,0);
        VL_IN8(cfg_frac,3,0);
        VL_IN8(push,0,0);
        VL_IN8(push_t,6,0);
        VL_IN8(push_cm,6,0);
        VL_IN8(ld_we_w,0,0);
        VL_IN8(ld_we_k,0,0);
        VL_OUT8(room,0,0);
        VL_OUT8(idle,0,0);
        VL_OUT8(drained,0,0);
        VL_OUT8(tr_qcount,2,0);
        VL_OUT8(tr_i_valid,0,0);
        VL_OUT8(tr_i_slot,2,0);
        VL_OUT8(tr_w_valid,0,0);
        VL_OUT8(tr_w_slot,2,0);
        VL_OUT8(tr_m_valid,0,0);
        VL_OUT8(tr_m_slot,2,0);
        VL_OUT8(tr_a_valid,0,0);
        VL_OUT8(tr_a_slot,2,0);
        VL_OUT8(tr_a_active,1,0);
        VL_OUT8(tr_acc_we,2,0);
        VL_OUT8(tr_out_we,2,0);
        CData/*0:0*/ __PVT__pop;
        CData/*0:0*/ __PVT__i_valid;
        CData/*2:0*/ __PVT__i_slot;
        CData/*1:0*/ __PVT__i_active;
        CData/*0:0*/ __PVT__o_valid;
        CData/*2:0*/ __PVT__o_slot;
        CData/*1:0*/ __PVT__o_active;
        CData/*0:0*/ __PVT__a_valid;
        CData/*2:0*/ __PVT__a_slot;
        CData/*1:0*/ __PVT__a_active;
        CData/*1:0*/ __PVT__u_queue__DOT__head;
        CData/*1:0*/ __PVT__u_queue__DOT__tail;
        CData/*2:0*/ __PVT__u_queue__DOT__cnt;
        CData/*0:0*/ __PVT__u_idx__DOT__col_valid;
        CData/*0:0*/ __PVT__u_idx__DOT__col_reload;
        CData/*6:0*/ __PVT__u_idx__DOT__col_t;
        CData/*6:0*/ __PVT__u_idx__DOT__col_cm;
        CData/*2:0*/ __PVT__u_idx__DOT__col_slot;
        CData/*0:0*/ __PVT__u_idx__DOT__k_valid;
        CData/*6:0*/ __PVT__u_idx__DOT__cur_t;
        CData/*6:0*/ __PVT__u_idx__DOT__cur_cm;
        CData/*0:0*/ __PVT__u_idx__DOT__cur_reload;
        CData/*0:0*/ __PVT__u_idx__DOT__next_valid;
        CData/*4:0*/ __PVT__u_idx__DOT__rest_b;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored;
        CData/*7:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored;
        CData/*7:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored;
        CData/*7:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum;
    };
    struct {
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k;
        CData/*6:0*/ u_idx__DOT____Vlvbound_h46954238__0;
        CData/*6:0*/ u_idx__DOT____Vlvbound_hc001bb9e__0;
        CData/*6:0*/ u_idx__DOT____Vlvbound_hfce7460d__0;
        CData/*6:0*/ u_idx__DOT____VdfgTmp_hd74aa19e__0;
        CData/*6:0*/ u_idx__DOT____VdfgTmp_hb3f19845__0;
        CData/*6:0*/ u_idx__DOT____VdfgTmp_hee2d9036__0;
        CData/*0:0*/ g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        VL_IN16(push_x,15,0);
        VL_IN16(push_j,8,0);
        VL_IN16(push_c,8,0);
        VL_IN16(ld_addr,11,0);
        VL_IN16(dbg_row,11,0);
        VL_OUT16(dbg_out,15,0);
        VL_OUT16(tr_i_j,8,0);
        VL_OUT16(tr_w_j,8,0);
        VL_OUT16(tr_m_j,8,0);
        VL_OUT16(tr_a_j,8,0);
        SData/*11:0*/ __PVT__rows;
        SData/*11:0*/ __PVT__k_addr;
        SData/*15:0*/ __PVT__i_x;
        SData/*8:0*/ __PVT__i_j;
        SData/*11:0*/ __PVT__w_addr;
        SData/*15:0*/ __PVT__o_x;
        SData/*8:0*/ __PVT__o_j;
        SData/*8:0*/ __PVT__a_j;
        SData/*11:0*/ __PVT__d_ptr;
        SData/*15:0*/ __PVT__u_idx__DOT__col_x;
        SData/*8:0*/ __PVT__u_idx__DOT__col_j;
        SData/*8:0*/ __PVT__u_idx__DOT__col_c;
        SData/*8:0*/ __PVT__u_idx__DOT__k_col;
        SData/*11:0*/ __PVT__u_idx__DOT__base_row;
        SData/*11:0*/ u_accmem__DOT____VdfgTmp_hbb8ef21a__0;
        SData/*11:0*/ u_accmem__DOT____VdfgTmp_hbbc7b116__0;
        SData/*11:0*/ u_accmem__DOT____VdfgTmp_hbb10343e__0;
        VL_OUT(dbg_acc,31,0);
        VL_OUTW(tr_a_products,95,0,3);
        VL_OUTW(tr_acc_wdata,95,0,3);
        IData/*20:0*/ __PVT__k_wdata;
        VlWide<3>/*95:0*/ __PVT__a_products;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc;
        VlWide<128>/*4095:0*/ __PVT__u_accmem__DOT__live;
        IData/*31:0*/ __PVT__u_accmem__DOT__q;
        IData/*31:0*/ __PVT__u_outmem__DOT__q;
        VL_IN64(ld_data,47,0);
        VL_OUT64(tr_a_rows,35,0);
        QData/*47:0*/ __PVT__q_head;
        QData/*35:0*/ __PVT__i_rows;
        QData/*35:0*/ __PVT__o_rows;
        QData/*47:0*/ __PVT__o_w;
        QData/*35:0*/ __PVT__a_rows;
        QData/*35:0*/ __PVT__out_waddr;
        QData/*47:0*/ __PVT__out_wdata;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted;
    };
    struct {
        QData/*32:0*/ __PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted;
        VlUnpacked<QData/*47:0*/, 4> __PVT__u_queue__DOT__mem;
        VlUnpacked<CData/*6:0*/, 4096> __PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<CData/*6:0*/, 4096> __PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem;
        VlUnpacked<CData/*6:0*/, 4096> __PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem;
        VlUnpacked<CData/*6:0*/, 6> __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg;
        VlUnpacked<CData/*6:0*/, 6> __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg;
        VlUnpacked<CData/*6:0*/, 6> __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg;
        VlUnpacked<SData/*15:0*/, 4096> __PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 4096> __PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 4096> __PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem;
        VlUnpacked<IData/*31:0*/, 4096> __PVT__u_accmem__DOT__mem;
        VlUnpacked<SData/*15:0*/, 4096> __PVT__u_outmem__DOT__mem;
    };

    // INTERNAL VARIABLES
    Vpe8_mul3_q4_s16_a32__Syms* const vlSymsp;

    // CONSTRUCTORS
    Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2(Vpe8_mul3_q4_s16_a32__Syms* symsp, const char* v__name);
    ~Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2();
    VL_UNCOPYABLE(Vpe8_mul3_q4_s16_a32_permdnn_pe__pi2);

    // INTERNAL METHODS
    void __Vconfigure(bool first);
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);


#endif  // guard
