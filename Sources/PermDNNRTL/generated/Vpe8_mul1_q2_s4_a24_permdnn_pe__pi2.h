// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design internal header
// See Vpe8_mul1_q2_s4_a24.h for the primary calling header

#ifndef VERILATED_VPE8_MUL1_Q2_S4_A24_PERMDNN_PE__PI2_H_
#define VERILATED_VPE8_MUL1_Q2_S4_A24_PERMDNN_PE__PI2_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

class Vpe8_mul1_q2_s4_a24__Syms;

class Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2 final : public VerilatedModule {
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
        VL_IN8(cfg_block_rows,5,0);
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
        VL_OUT8(tr_qcount,1,0);
        VL_OUT8(tr_i_valid,0,0);
        VL_OUT8(tr_i_slot,4,0);
        VL_OUT8(tr_w_valid,0,0);
        VL_OUT8(tr_w_slot,4,0);
        VL_OUT8(tr_m_valid,0,0);
        VL_OUT8(tr_m_slot,4,0);
        VL_OUT8(tr_a_valid,0,0);
        VL_OUT8(tr_a_slot,4,0);
        VL_OUT8(tr_a_active,0,0);
        VL_OUT8(tr_acc_we,0,0);
        VL_OUT8(tr_out_we,0,0);
        CData/*0:0*/ __PVT__pop;
        CData/*0:0*/ __PVT__i_valid;
        CData/*4:0*/ __PVT__i_slot;
        CData/*0:0*/ __PVT__i_active;
        CData/*0:0*/ __PVT__o_valid;
        CData/*4:0*/ __PVT__o_slot;
        CData/*0:0*/ __PVT__o_active;
        CData/*0:0*/ __PVT__a_valid;
        CData/*4:0*/ __PVT__a_slot;
        CData/*0:0*/ __PVT__a_active;
        CData/*0:0*/ __PVT__u_queue__DOT__head;
        CData/*0:0*/ __PVT__u_queue__DOT__tail;
        CData/*1:0*/ __PVT__u_queue__DOT__cnt;
        CData/*0:0*/ __PVT__u_idx__DOT__col_valid;
        CData/*0:0*/ __PVT__u_idx__DOT__col_reload;
        CData/*6:0*/ __PVT__u_idx__DOT__col_t;
        CData/*6:0*/ __PVT__u_idx__DOT__col_cm;
        CData/*4:0*/ __PVT__u_idx__DOT__col_slot;
        CData/*0:0*/ __PVT__u_idx__DOT__k_valid;
        CData/*6:0*/ __PVT__u_idx__DOT__cur_t;
        CData/*0:0*/ __PVT__u_idx__DOT__cur_reload;
        CData/*0:0*/ __PVT__u_idx__DOT__next_valid;
        CData/*5:0*/ __PVT__u_idx__DOT__rest_b;
        CData/*3:0*/ __PVT__u_idx__DOT__k_index;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored;
        CData/*7:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        CData/*6:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k;
        CData/*6:0*/ u_idx__DOT____VdfgTmp_hfc47ee66__0;
        CData/*0:0*/ g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0;
        CData/*0:0*/ g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0;
        VL_IN16(push_x,15,0);
        VL_IN16(push_j,8,0);
        VL_IN16(push_c,8,0);
    };
    struct {
        VL_IN16(ld_addr,13,0);
        VL_IN16(ld_data,15,0);
        VL_IN16(dbg_row,12,0);
        VL_OUT16(dbg_out,15,0);
        VL_OUT16(tr_i_j,8,0);
        VL_OUT16(tr_w_j,8,0);
        VL_OUT16(tr_m_j,8,0);
        VL_OUT16(tr_a_j,8,0);
        VL_OUT16(tr_a_rows,12,0);
        SData/*12:0*/ __PVT__rows;
        SData/*15:0*/ __PVT__i_x;
        SData/*8:0*/ __PVT__i_j;
        SData/*12:0*/ __PVT__i_rows;
        SData/*15:0*/ __PVT__o_x;
        SData/*8:0*/ __PVT__o_j;
        SData/*12:0*/ __PVT__o_rows;
        SData/*15:0*/ __PVT__o_w;
        SData/*8:0*/ __PVT__a_j;
        SData/*12:0*/ __PVT__a_rows;
        SData/*12:0*/ __PVT__d_ptr;
        SData/*12:0*/ __PVT__acc_raddr;
        SData/*15:0*/ __PVT__u_idx__DOT__col_x;
        SData/*8:0*/ __PVT__u_idx__DOT__col_j;
        SData/*8:0*/ __PVT__u_idx__DOT__col_c;
        SData/*8:0*/ __PVT__u_idx__DOT__k_col;
        VL_OUT(dbg_acc,23,0);
        VL_OUT(tr_a_products,31,0);
        VL_OUT(tr_acc_wdata,23,0);
        IData/*31:0*/ __PVT__a_products;
        IData/*23:0*/ __PVT__acc_rdata;
        VlWide<256>/*8191:0*/ __PVT__u_accmem__DOT__live;
        IData/*31:0*/ __PVT__u_accmem__DOT__q;
        IData/*31:0*/ __PVT__u_outmem__DOT__q;
        IData/*24:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted;
        QData/*47:0*/ __PVT__q_head;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact;
        VlUnpacked<QData/*47:0*/, 2> __PVT__u_queue__DOT__mem;
        VlUnpacked<CData/*6:0*/, 16384> __PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<CData/*6:0*/, 16> __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg;
        VlUnpacked<SData/*15:0*/, 16384> __PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<IData/*23:0*/, 8192> __PVT__u_accmem__DOT__mem;
        VlUnpacked<SData/*15:0*/, 8192> __PVT__u_outmem__DOT__mem;
    };

    // INTERNAL VARIABLES
    Vpe8_mul1_q2_s4_a24__Syms* const vlSymsp;

    // CONSTRUCTORS
    Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2(Vpe8_mul1_q2_s4_a24__Syms* symsp, const char* v__name);
    ~Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2();
    VL_UNCOPYABLE(Vpe8_mul1_q2_s4_a24_permdnn_pe__pi2);

    // INTERNAL METHODS
    void __Vconfigure(bool first);
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);


#endif  // guard
