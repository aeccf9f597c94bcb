// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Design internal header
// See Vpe32_mul8_q4_s16_a32.h for the primary calling header

#ifndef VERILATED_VPE32_MUL8_Q4_S16_A32_PERMDNN_PE__PI2_H_
#define VERILATED_VPE32_MUL8_Q4_S16_A32_PERMDNN_PE__PI2_H_  // guard

#include "systemc.h"
#include "verilated_sc.h"
#include "verilated.h"

class Vpe32_mul8_q4_s16_a32__Syms;

class Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2 final : public VerilatedModule {
  public:

    // DESIGN SPECIFIC STATE
    // Anonymous structures to workaround compiler member-count bugs
    struct {
        VL_IN8(clk,0,0);
        VL_IN8(start,0,0);
        VL_IN8(clear,0,0);
        VL_IN8(compute,0,0);
        VL_IN8(drain,0,0);
        VL_IN8(cfg_p,4,0);
        VL_IN8(cfg_block_rows,5,0);
        VL_IN8(cfg_formula,0,0);
        VL_IN8(cfg_relu,0,0);
        VL_IN8(cfg_frac,3,0);
        VL_IN8(push,0,0);
        VL_IN8(push_t,4,0);
        VL_IN8(push_cm,4,0);
        VL_IN8(ld_we_w,0,0);
        VL_IN8(ld_we_k,0,0);
        VL_OUT8(room,0,0);
        VL_OUT8(idle,0,0);
        VL_OUT8(drained,0,0);
        VL_OUT8(tr_qcount,2,0);
        VL_OUT8(tr_i_valid,0,0);
        VL_OUT8(tr_i_slot,1,0);
        VL_OUT8(tr_w_valid,0,0);
        VL_OUT8(tr_w_slot,1,0);
        VL_OUT8(tr_m_valid,0,0);
        VL_OUT8(tr_m_slot,1,0);
        VL_OUT8(tr_a_valid,0,0);
        VL_OUT8(tr_a_slot,1,0);
        VL_OUT8(tr_a_active,3,0);
        VL_OUT8(tr_acc_we,7,0);
        VL_OUT8(tr_out_we,7,0);
        CData/*0:0*/ __PVT__pop;
        CData/*0:0*/ __PVT__i_valid;
        CData/*1:0*/ __PVT__i_slot;
        CData/*3:0*/ __PVT__i_active;
        CData/*0:0*/ __PVT__o_valid;
        CData/*1:0*/ __PVT__o_slot;
        CData/*3:0*/ __PVT__o_active;
        CData/*0:0*/ __PVT__a_valid;
        CData/*1:0*/ __PVT__a_slot;
        CData/*3:0*/ __PVT__a_active;
        CData/*1:0*/ __PVT__u_queue__DOT__head;
        CData/*1:0*/ __PVT__u_queue__DOT__tail;
        CData/*2:0*/ __PVT__u_queue__DOT__cnt;
        CData/*0:0*/ __PVT__u_idx__DOT__col_valid;
        CData/*0:0*/ __PVT__u_idx__DOT__col_reload;
        CData/*4:0*/ __PVT__u_idx__DOT__col_t;
        CData/*4:0*/ __PVT__u_idx__DOT__col_cm;
        CData/*1:0*/ __PVT__u_idx__DOT__col_slot;
        CData/*0:0*/ __PVT__u_idx__DOT__k_valid;
        CData/*4:0*/ __PVT__u_idx__DOT__cur_t;
        CData/*4:0*/ __PVT__u_idx__DOT__cur_cm;
        CData/*0:0*/ __PVT__u_idx__DOT__cur_reload;
        CData/*0:0*/ __PVT__u_idx__DOT__next_valid;
        CData/*5:0*/ __PVT__u_idx__DOT__rest_b;
        CData/*0:0*/ __PVT__u_idx__DOT__k_index;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored;
    };
    struct {
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_stored;
        CData/*5:0*/ __PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_sum;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_load;
        CData/*4:0*/ __PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_h26ea42e2__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_h1d3c8624__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_he378c50e__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_hf5ddd63e__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_ha6c1b96b__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_h2ed54312__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_hb2703290__0;
        CData/*4:0*/ u_idx__DOT____VdfgTmp_h94a253df__0;
        CData/*0:0*/ g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__3__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__4__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__5__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__6__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        CData/*0:0*/ g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0;
        CData/*0:0*/ g_lane__BRA__7__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0;
        VL_IN16(push_x,15,0);
        VL_IN16(push_j,12,0);
        VL_IN16(push_c,12,0);
        VL_IN16(ld_addr,14,0);
        VL_IN16(dbg_row,10,0);
        VL_OUT16(dbg_out,15,0);
        VL_OUT16(tr_i_j,12,0);
        VL_OUT16(tr_w_j,12,0);
        VL_OUT16(tr_m_j,12,0);
        VL_OUT16(tr_a_j,12,0);
        SData/*10:0*/ __PVT__rows;
        SData/*14:0*/ __PVT__k_addr;
        SData/*15:0*/ __PVT__i_x;
        SData/*12:0*/ __PVT__i_j;
        SData/*14:0*/ __PVT__w_addr;
        SData/*15:0*/ __PVT__o_x;
        SData/*12:0*/ __PVT__o_j;
    };
    struct {
        SData/*12:0*/ __PVT__a_j;
        SData/*10:0*/ __PVT__d_ptr;
        SData/*15:0*/ __PVT__u_idx__DOT__col_x;
        SData/*12:0*/ __PVT__u_idx__DOT__col_j;
        SData/*12:0*/ __PVT__u_idx__DOT__col_c;
        SData/*12:0*/ __PVT__u_idx__DOT__k_col;
        SData/*10:0*/ __PVT__u_idx__DOT__base_row;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hb4a64f30__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hb8ec2bbf__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hb8073b1c__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hb83af3f2__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hb82e2896__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hb879cc2f__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hbbca75e2__0;
        SData/*10:0*/ u_accmem__DOT____VdfgTmp_hbb10347a__0;
        VL_INW(ld_data,127,0,4);
        VL_OUT(dbg_acc,31,0);
        VL_OUTW(tr_a_rows,87,0,3);
        VL_OUTW(tr_a_products,255,0,8);
        VL_OUTW(tr_acc_wdata,255,0,8);
        VlWide<3>/*87:0*/ __PVT__i_rows;
        VlWide<3>/*87:0*/ __PVT__o_rows;
        VlWide<4>/*127:0*/ __PVT__o_w;
        VlWide<3>/*87:0*/ __PVT__a_rows;
        VlWide<8>/*255:0*/ __PVT__a_products;
        VlWide<3>/*87:0*/ __PVT__out_waddr;
        VlWide<4>/*127:0*/ __PVT__out_wdata;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__3__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__4__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__5__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__6__KET____DOT__u_requant__acc;
        IData/*31:0*/ __Vcellinp__g_lane__BRA__7__KET____DOT__u_requant__acc;
        VlWide<64>/*2047:0*/ __PVT__u_accmem__DOT__live;
        IData/*31:0*/ __PVT__u_accmem__DOT__q;
        IData/*31:0*/ __PVT__u_outmem__DOT__q;
        QData/*51:0*/ __PVT__q_head;
        QData/*39:0*/ __PVT__k_wdata;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half;
        QData/*32:0*/ __PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__3__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__3__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__4__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__4__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__5__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__5__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__6__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__6__KET____DOT__u_requant__DOT__shifted;
        QData/*32:0*/ __PVT__g_lane__BRA__7__KET____DOT__u_acc__DOT__exact;
        QData/*32:0*/ __PVT__g_lane__BRA__7__KET____DOT__u_requant__DOT__shifted;
        VlUnpacked<QData/*51:0*/, 4> __PVT__u_queue__DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__1__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__2__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__3__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__4__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__5__KET____DOT__mem;
    };
    struct {
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__6__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 32768> __PVT__u_perm__DOT__g_lane__BRA__7__KET____DOT__mem;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__3__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__4__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__5__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__6__KET____DOT__k_reg;
        VlUnpacked<CData/*4:0*/, 2> __PVT__u_idx__DOT__g_lane__BRA__7__KET____DOT__k_reg;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__3__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__4__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__5__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__6__KET____DOT__mem;
        VlUnpacked<SData/*15:0*/, 32768> __PVT__u_weights__DOT__g_lane__BRA__7__KET____DOT__mem;
        VlUnpacked<IData/*31:0*/, 2048> __PVT__u_accmem__DOT__mem;
        VlUnpacked<SData/*15:0*/, 2048> __PVT__u_outmem__DOT__mem;
    };

    // INTERNAL VARIABLES
    Vpe32_mul8_q4_s16_a32__Syms* const vlSymsp;

    // CONSTRUCTORS
    Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2(Vpe32_mul8_q4_s16_a32__Syms* symsp, const char* v__name);
    ~Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2();
    VL_UNCOPYABLE(Vpe32_mul8_q4_s16_a32_permdnn_pe__pi2);

    // INTERNAL METHODS
    void __Vconfigure(bool first);
} VL_ATTR_ALIGNED(VL_CACHE_LINE_BYTES);


#endif  // guard
