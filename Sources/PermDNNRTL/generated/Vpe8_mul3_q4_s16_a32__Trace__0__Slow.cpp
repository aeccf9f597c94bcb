// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe8_mul3_q4_s16_a32__Syms.h"


VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->pushNamePrefix("permdnn_engine ");
    tracep->declBus(c+3069,"N_PE", false,-1, 31,0);
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3072,"WORD_WIDTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3071,"SIW", false,-1, 31,0);
    tracep->declBus(c+3069,"CWMIN", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_WORDS", false,-1, 31,0);
    tracep->declBus(c+3071,"AAW", false,-1, 31,0);
    tracep->declBus(c+3078,"WIW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3074,"LDW", false,-1, 31,0);
    tracep->declBus(c+3070,"PEW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+3,"rst", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBus(c+5,"cfg_n", false,-1, 8,0);
    tracep->declBus(c+6,"cfg_first_word", false,-1, 4,0);
    tracep->declBus(c+7,"cfg_end", false,-1, 8,0);
    tracep->declBit(c+8,"cfg_continue", false,-1);
    tracep->declBit(c+9,"cfg_drain", false,-1);
    tracep->declBus(c+10,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+11,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+12,"cfg_relu", false,-1);
    tracep->declBit(c+13,"cfg_formula", false,-1);
    tracep->declBit(c+14,"ld_we", false,-1);
    tracep->declBus(c+15,"ld_sel", false,-1, 1,0);
    tracep->declBus(c+16,"ld_pe", false,-1, 2,0);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declArray(c+18,"ld_data", false,-1, 255,0);
    tracep->declBus(c+26,"dbg_pe", false,-1, 2,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+65,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+66,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+67,"dbg_active", false,-1);
    tracep->declBus(c+68,"dbg_qcount", false,-1, 2,0);
    tracep->declBit(c+69,"dbg_i_valid", false,-1);
    tracep->declBus(c+70,"dbg_i_j", false,-1, 8,0);
    tracep->declBus(c+71,"dbg_i_slot", false,-1, 2,0);
    tracep->declBit(c+72,"dbg_w_valid", false,-1);
    tracep->declBus(c+73,"dbg_w_j", false,-1, 8,0);
    tracep->declBus(c+74,"dbg_w_slot", false,-1, 2,0);
    tracep->declBit(c+75,"dbg_m_valid", false,-1);
    tracep->declBus(c+76,"dbg_m_j", false,-1, 8,0);
    tracep->declBus(c+77,"dbg_m_slot", false,-1, 2,0);
    tracep->declBit(c+78,"dbg_a_valid", false,-1);
    tracep->declBus(c+79,"dbg_a_j", false,-1, 8,0);
    tracep->declBus(c+80,"dbg_a_slot", false,-1, 2,0);
    tracep->declBus(c+81,"dbg_a_active", false,-1, 1,0);
    tracep->declQuad(c+82,"dbg_a_rows", false,-1, 35,0);
    tracep->declArray(c+84,"dbg_a_products", false,-1, 95,0);
    tracep->declBus(c+87,"dbg_acc_we", false,-1, 2,0);
    tracep->declArray(c+88,"dbg_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+91,"dbg_out_we", false,-1, 2,0);
    tracep->declBus(c+124,"nzd_action", false,-1, 1,0);
    tracep->declBus(c+125,"nzd_word", false,-1, 4,0);
    tracep->declBus(c+126,"nzd_j", false,-1, 8,0);
    tracep->declBit(c+127,"draining", false,-1);
    tracep->declBit(c+128,"busy", false,-1);
    tracep->declBit(c+129,"done", false,-1);
    tracep->declBus(c+130,"cycle", false,-1, 31,0);
    tracep->declBus(c+3082,"SEL_X", false,-1, 1,0);
    tracep->declBus(c+3083,"SEL_W", false,-1, 1,0);
    tracep->declBus(c+3084,"SEL_K", false,-1, 1,0);
    tracep->declBus(c+3085,"SEL_B", false,-1, 1,0);
    tracep->declBus(c+3084,"ACT_BCAST", false,-1, 1,0);
    tracep->declBus(c+131,"n_r", false,-1, 8,0);
    tracep->declBus(c+132,"end_r", false,-1, 8,0);
    tracep->declBit(c+133,"drain_cfg_r", false,-1);
    tracep->declBus(c+134,"p_r", false,-1, 6,0);
    tracep->declBus(c+135,"frac_r", false,-1, 3,0);
    tracep->declBit(c+136,"relu_r", false,-1);
    tracep->declBit(c+137,"formula_r", false,-1);
    tracep->declBit(c+128,"running", false,-1);
    tracep->declBit(c+138,"drain_r", false,-1);
    tracep->declBit(c+139,"finished", false,-1);
    tracep->declBus(c+130,"cycle_r", false,-1, 31,0);
    tracep->declBus(c+140,"active", false,-1, 7,0);
    tracep->declBus(c+141,"room", false,-1, 7,0);
    tracep->declBus(c+142,"idle", false,-1, 7,0);
    tracep->declBus(c+143,"pe_drained", false,-1, 7,0);
    tracep->declBit(c+144,"all_room", false,-1);
    tracep->declBit(c+145,"all_idle", false,-1);
    tracep->declBit(c+146,"all_drained", false,-1);
    tracep->declBit(c+147,"nzd_done", false,-1);
    tracep->declBit(c+127,"drain_now", false,-1);
    tracep->declBit(c+148,"finish", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"pe_drain", false,-1);
    tracep->declBus(c+151,"b_x", false,-1, 15,0);
    tracep->declBus(c+126,"b_j", false,-1, 8,0);
    tracep->declBus(c+152,"b_c", false,-1, 8,0);
    tracep->declBus(c+153,"b_t", false,-1, 6,0);
    tracep->declBus(c+154,"b_cm", false,-1, 6,0);
    tracep->declBit(c+155,"bcast", false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+92+i*1,"pe_acc", true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+100+i*1,"pe_out", true,(i+0), 15,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+156+i*1,"pe_qcount", true,(i+0), 2,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+164+i*1,"pe_i", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+172+i*1,"pe_w", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+180+i*1,"pe_m", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+188+i*1,"pe_a", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+196+i*1,"pe_a_active", true,(i+0), 1,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declQuad(c+204+i*2,"pe_a_rows", true,(i+0), 35,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declArray(c+220+i*3,"pe_a_prod", true,(i+0), 95,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+244+i*1,"pe_acc_we", true,(i+0), 2,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declArray(c+252+i*3,"pe_acc_wdata", true,(i+0), 95,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+276+i*1,"pe_out_we", true,(i+0), 2,0);
    }
    tracep->pushNamePrefix("g_pe[0] ");
    tracep->declBus(c+3086,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+28,"selected", false,-1);
    tracep->declBus(c+284,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[1] ");
    tracep->declBus(c+3087,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+29,"selected", false,-1);
    tracep->declBus(c+285,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[2] ");
    tracep->declBus(c+3088,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+30,"selected", false,-1);
    tracep->declBus(c+286,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[3] ");
    tracep->declBus(c+3089,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+31,"selected", false,-1);
    tracep->declBus(c+287,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[4] ");
    tracep->declBus(c+3090,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+32,"selected", false,-1);
    tracep->declBus(c+288,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[5] ");
    tracep->declBus(c+3091,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+33,"selected", false,-1);
    tracep->declBus(c+289,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[6] ");
    tracep->declBus(c+3092,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+34,"selected", false,-1);
    tracep->declBus(c+290,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[7] ");
    tracep->declBus(c+3093,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+35,"selected", false,-1);
    tracep->declBus(c+291,"block_rows", false,-1, 4,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_nzd ");
    tracep->declBus(c+3072,"S", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3071,"SIW", false,-1, 31,0);
    tracep->declBus(c+3069,"CWMIN", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_WORDS", false,-1, 31,0);
    tracep->declBus(c+3071,"AAW", false,-1, 31,0);
    tracep->declBus(c+3078,"WIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBus(c+6,"first_word", false,-1, 4,0);
    tracep->declBit(c+149,"run", false,-1);
    tracep->declBus(c+131,"cfg_n", false,-1, 8,0);
    tracep->declBus(c+132,"cfg_end", false,-1, 8,0);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBit(c+36,"ld_we", false,-1);
    tracep->declBus(c+37,"ld_addr", false,-1, 3,0);
    tracep->declArray(c+18,"ld_data", false,-1, 255,0);
    tracep->declBit(c+144,"ready", false,-1);
    tracep->declBus(c+124,"action", false,-1, 1,0);
    tracep->declBus(c+125,"word", false,-1, 4,0);
    tracep->declBit(c+147,"done", false,-1);
    tracep->declBus(c+151,"b_x", false,-1, 15,0);
    tracep->declBus(c+126,"b_j", false,-1, 8,0);
    tracep->declBus(c+152,"b_c", false,-1, 8,0);
    tracep->declBus(c+153,"b_t", false,-1, 6,0);
    tracep->declBus(c+154,"b_cm", false,-1, 6,0);
    tracep->declBus(c+3082,"ACT_IDLE", false,-1, 1,0);
    tracep->declBus(c+3083,"ACT_READ", false,-1, 1,0);
    tracep->declBus(c+3084,"ACT_BCAST", false,-1, 1,0);
    tracep->declBus(c+3085,"ACT_STALL", false,-1, 1,0);
    tracep->declBus(c+3094,"S_I", false,-1, 31,0);
    tracep->declBus(c+3095,"S_STEP", false,-1, 9,0);
    tracep->declBus(c+125,"next_word", false,-1, 4,0);
    tracep->declBus(c+292,"next_base", false,-1, 9,0);
    tracep->declBus(c+293,"base", false,-1, 8,0);
    tracep->declBus(c+294,"pending", false,-1, 15,0);
    tracep->declArray(c+295,"held", false,-1, 255,0);
    tracep->declArray(c+303,"rdata", false,-1, 255,0);
    tracep->declBit(c+311,"more", false,-1);
    tracep->declBus(c+312,"remaining", false,-1, 9,0);
    tracep->declBit(c+313,"empty", false,-1);
    tracep->declBus(c+314,"mask", false,-1, 15,0);
    tracep->declBus(c+1,"i", false,-1, 31,0);
    tracep->declBus(c+315,"pos", false,-1, 3,0);
    tracep->declBus(c+316,"p_wide", false,-1, 8,0);
    tracep->declBus(c+317,"c_times_p", false,-1, 8,0);
    tracep->declBus(c+318,"t_wide", false,-1, 8,0);
    tracep->declBus(c+319,"cm_wide", false,-1, 8,0);
    tracep->declBit(c+320,"unused_decoder_high", false,-1);
    tracep->pushNamePrefix("u_buffer ");
    tracep->declBus(c+3071,"AW", false,-1, 31,0);
    tracep->declBus(c+3072,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+36,"we", false,-1);
    tracep->declBus(c+37,"waddr", false,-1, 3,0);
    tracep->declArray(c+18,"wdata", false,-1, 255,0);
    tracep->declBus(c+321,"raddr", false,-1, 3,0);
    tracep->declArray(c+303,"rdata", false,-1, 255,0);
    tracep->pushNamePrefix("g_lane[0] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+322+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[10] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+338+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[11] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+354+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[12] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+370+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[13] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+386+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[14] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+402+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[15] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+418+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+434+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+450+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[3] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+466+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[4] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+482+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[5] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+498+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[6] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+514+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[7] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+530+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[8] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+546+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[9] ");
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+562+i*1,"mem", true,(i+0), 15,0);
    }
    tracep->popNamePrefix(4);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+284,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+578,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+39,"ld_we_w", false,-1);
    tracep->declBit(c+40,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+108,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+109,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+579,"room", false,-1);
    tracep->declBit(c+580,"idle", false,-1);
    tracep->declBit(c+581,"drained", false,-1);
    tracep->declBus(c+582,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+583,"tr_i_valid", false,-1);
    tracep->declBus(c+584,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+585,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+586,"tr_w_valid", false,-1);
    tracep->declBus(c+587,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+588,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+589,"tr_m_valid", false,-1);
    tracep->declBus(c+590,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+591,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+592,"tr_a_valid", false,-1);
    tracep->declBus(c+593,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+594,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+595,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+596,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+598,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+601,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+602,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+605,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+606,"se_wide", false,-1, 4,0);
    tracep->declBus(c+607,"se", false,-1, 2,0);
    tracep->declBus(c+608,"rows", false,-1, 11,0);
    tracep->declBit(c+609,"unused_se_high", false,-1);
    tracep->declQuad(c+610,"q_head", false,-1, 47,0);
    tracep->declBus(c+582,"q_count", false,-1, 2,0);
    tracep->declBit(c+612,"pop", false,-1);
    tracep->declBit(c+613,"q_nonempty", false,-1);
    tracep->declBus(c+614,"k_addr", false,-1, 11,0);
    tracep->declBus(c+615,"k_word", false,-1, 20,0);
    tracep->declBus(c+43,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+616,"col_busy", false,-1);
    tracep->declBit(c+583,"issue", false,-1);
    tracep->declBus(c+617,"cur_x", false,-1, 15,0);
    tracep->declBus(c+584,"cur_j", false,-1, 8,0);
    tracep->declBus(c+585,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+618,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+619,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+586,"i_valid", false,-1);
    tracep->declBus(c+621,"i_x", false,-1, 15,0);
    tracep->declBus(c+587,"i_j", false,-1, 8,0);
    tracep->declBus(c+588,"i_slot", false,-1, 2,0);
    tracep->declBus(c+622,"i_active", false,-1, 1,0);
    tracep->declQuad(c+623,"i_rows", false,-1, 35,0);
    tracep->declBus(c+625,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+626,"w_word", false,-1, 47,0);
    tracep->declBit(c+589,"o_valid", false,-1);
    tracep->declBus(c+628,"o_x", false,-1, 15,0);
    tracep->declBus(c+590,"o_j", false,-1, 8,0);
    tracep->declBus(c+591,"o_slot", false,-1, 2,0);
    tracep->declBus(c+629,"o_active", false,-1, 1,0);
    tracep->declQuad(c+630,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+632,"o_w", false,-1, 47,0);
    tracep->declArray(c+634,"products", false,-1, 95,0);
    tracep->declBit(c+592,"a_valid", false,-1);
    tracep->declBus(c+593,"a_j", false,-1, 8,0);
    tracep->declBus(c+594,"a_slot", false,-1, 2,0);
    tracep->declBus(c+595,"a_active", false,-1, 1,0);
    tracep->declQuad(c+596,"a_rows", false,-1, 35,0);
    tracep->declArray(c+598,"a_products", false,-1, 95,0);
    tracep->declBus(c+637,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+638,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+640,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+601,"acc_we", false,-1, 2,0);
    tracep->declArray(c+602,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+605,"out_we", false,-1, 2,0);
    tracep->declQuad(c+643,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+645,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+637,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+647,"acc", false,-1, 31,0);
    tracep->declBus(c+648,"product", false,-1, 31,0);
    tracep->declBus(c+649,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+650,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+652,"w", false,-1, 15,0);
    tracep->declBus(c+628,"x", false,-1, 15,0);
    tracep->declBus(c+653,"product", false,-1, 31,0);
    tracep->declBus(c+652,"ws", false,-1, 15,0);
    tracep->declBus(c+628,"xs", false,-1, 15,0);
    tracep->declBus(c+653,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+647,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+654,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+655,"rectified", false,-1, 31,0);
    tracep->declQuad(c+656,"half", false,-1, 32,0);
    tracep->declQuad(c+658,"rounded", false,-1, 32,0);
    tracep->declQuad(c+660,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+662,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+663,"acc", false,-1, 31,0);
    tracep->declBus(c+664,"product", false,-1, 31,0);
    tracep->declBus(c+665,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+666,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+668,"w", false,-1, 15,0);
    tracep->declBus(c+628,"x", false,-1, 15,0);
    tracep->declBus(c+669,"product", false,-1, 31,0);
    tracep->declBus(c+668,"ws", false,-1, 15,0);
    tracep->declBus(c+628,"xs", false,-1, 15,0);
    tracep->declBus(c+669,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+663,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+670,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+671,"rectified", false,-1, 31,0);
    tracep->declQuad(c+656,"half", false,-1, 32,0);
    tracep->declQuad(c+672,"rounded", false,-1, 32,0);
    tracep->declQuad(c+674,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+676,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+677,"acc", false,-1, 31,0);
    tracep->declBus(c+678,"product", false,-1, 31,0);
    tracep->declBus(c+679,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+680,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+682,"w", false,-1, 15,0);
    tracep->declBus(c+628,"x", false,-1, 15,0);
    tracep->declBus(c+683,"product", false,-1, 31,0);
    tracep->declBus(c+682,"ws", false,-1, 15,0);
    tracep->declBus(c+628,"xs", false,-1, 15,0);
    tracep->declBus(c+683,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+677,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+684,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+685,"rectified", false,-1, 31,0);
    tracep->declQuad(c+656,"half", false,-1, 32,0);
    tracep->declQuad(c+686,"rounded", false,-1, 32,0);
    tracep->declQuad(c+688,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+638,"raddr", false,-1, 35,0);
    tracep->declArray(c+640,"rdata", false,-1, 95,0);
    tracep->declBus(c+601,"we", false,-1, 2,0);
    tracep->declQuad(c+596,"waddr", false,-1, 35,0);
    tracep->declArray(c+602,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+108,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+690,"live", false,-1, 4095,0);
    tracep->declBus(c+818,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+284,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+607,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+613,"head_valid", false,-1);
    tracep->declBus(c+819,"head_x", false,-1, 15,0);
    tracep->declBus(c+820,"head_j", false,-1, 8,0);
    tracep->declBus(c+821,"head_c", false,-1, 8,0);
    tracep->declBus(c+822,"head_t", false,-1, 6,0);
    tracep->declBus(c+823,"head_cm", false,-1, 6,0);
    tracep->declBit(c+612,"pop", false,-1);
    tracep->declBus(c+614,"k_addr", false,-1, 11,0);
    tracep->declBus(c+615,"k_word", false,-1, 20,0);
    tracep->declBit(c+616,"busy", false,-1);
    tracep->declBit(c+583,"issue", false,-1);
    tracep->declBus(c+617,"issue_x", false,-1, 15,0);
    tracep->declBus(c+584,"issue_j", false,-1, 8,0);
    tracep->declBus(c+585,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+618,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+619,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+616,"col_valid", false,-1);
    tracep->declBit(c+824,"col_reload", false,-1);
    tracep->declBus(c+825,"col_x", false,-1, 15,0);
    tracep->declBus(c+826,"col_j", false,-1, 8,0);
    tracep->declBus(c+827,"col_c", false,-1, 8,0);
    tracep->declBus(c+828,"col_t", false,-1, 6,0);
    tracep->declBus(c+829,"col_cm", false,-1, 6,0);
    tracep->declBus(c+830,"col_slot", false,-1, 2,0);
    tracep->declBit(c+831,"k_valid", false,-1);
    tracep->declBus(c+832,"k_col", false,-1, 8,0);
    tracep->declBus(c+833,"cur_c", false,-1, 8,0);
    tracep->declBus(c+834,"cur_t", false,-1, 6,0);
    tracep->declBus(c+835,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+585,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+836,"cur_reload", false,-1);
    tracep->declBus(c+837,"next_slot", false,-1, 2,0);
    tracep->declBit(c+838,"next_valid", false,-1);
    tracep->declBus(c+839,"first_b", false,-1, 4,0);
    tracep->declBus(c+840,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+842,"base_row", false,-1, 11,0);
    tracep->declBus(c+585,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+843,"k_stored", false,-1, 6,0);
    tracep->declBus(c+844,"k_sum", false,-1, 7,0);
    tracep->declBus(c+845,"k_formula", false,-1, 6,0);
    tracep->declBus(c+846,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+847+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+853,"k", false,-1, 6,0);
    tracep->declBus(c+854,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+855,"k_stored", false,-1, 6,0);
    tracep->declBus(c+856,"k_sum", false,-1, 7,0);
    tracep->declBus(c+857,"k_formula", false,-1, 6,0);
    tracep->declBus(c+858,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+859+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+865,"k", false,-1, 6,0);
    tracep->declBus(c+866,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+867,"k_stored", false,-1, 6,0);
    tracep->declBus(c+868,"k_sum", false,-1, 7,0);
    tracep->declBus(c+869,"k_formula", false,-1, 6,0);
    tracep->declBus(c+870,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+871+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+877,"k", false,-1, 6,0);
    tracep->declBus(c+878,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+605,"we", false,-1, 2,0);
    tracep->declQuad(c+643,"waddr", false,-1, 35,0);
    tracep->declQuad(c+645,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+109,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+879,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+40,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+43,"wdata", false,-1, 20,0);
    tracep->declBus(c+614,"raddr", false,-1, 11,0);
    tracep->declBus(c+615,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+578,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+612,"pop", false,-1);
    tracep->declQuad(c+610,"head_data", false,-1, 47,0);
    tracep->declBus(c+582,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+882+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+890,"head", false,-1, 1,0);
    tracep->declBus(c+891,"tail", false,-1, 1,0);
    tracep->declBus(c+582,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+39,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+625,"raddr", false,-1, 11,0);
    tracep->declQuad(c+626,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+285,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+892,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+44,"ld_we_w", false,-1);
    tracep->declBit(c+45,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+110,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+111,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+893,"room", false,-1);
    tracep->declBit(c+894,"idle", false,-1);
    tracep->declBit(c+895,"drained", false,-1);
    tracep->declBus(c+896,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+897,"tr_i_valid", false,-1);
    tracep->declBus(c+898,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+899,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+900,"tr_w_valid", false,-1);
    tracep->declBus(c+901,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+902,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+903,"tr_m_valid", false,-1);
    tracep->declBus(c+904,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+905,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+906,"tr_a_valid", false,-1);
    tracep->declBus(c+907,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+908,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+909,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+910,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+912,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+915,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+916,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+919,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+920,"se_wide", false,-1, 4,0);
    tracep->declBus(c+921,"se", false,-1, 2,0);
    tracep->declBus(c+922,"rows", false,-1, 11,0);
    tracep->declBit(c+923,"unused_se_high", false,-1);
    tracep->declQuad(c+924,"q_head", false,-1, 47,0);
    tracep->declBus(c+896,"q_count", false,-1, 2,0);
    tracep->declBit(c+926,"pop", false,-1);
    tracep->declBit(c+927,"q_nonempty", false,-1);
    tracep->declBus(c+928,"k_addr", false,-1, 11,0);
    tracep->declBus(c+929,"k_word", false,-1, 20,0);
    tracep->declBus(c+46,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+930,"col_busy", false,-1);
    tracep->declBit(c+897,"issue", false,-1);
    tracep->declBus(c+931,"cur_x", false,-1, 15,0);
    tracep->declBus(c+898,"cur_j", false,-1, 8,0);
    tracep->declBus(c+899,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+932,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+933,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+900,"i_valid", false,-1);
    tracep->declBus(c+935,"i_x", false,-1, 15,0);
    tracep->declBus(c+901,"i_j", false,-1, 8,0);
    tracep->declBus(c+902,"i_slot", false,-1, 2,0);
    tracep->declBus(c+936,"i_active", false,-1, 1,0);
    tracep->declQuad(c+937,"i_rows", false,-1, 35,0);
    tracep->declBus(c+939,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+940,"w_word", false,-1, 47,0);
    tracep->declBit(c+903,"o_valid", false,-1);
    tracep->declBus(c+942,"o_x", false,-1, 15,0);
    tracep->declBus(c+904,"o_j", false,-1, 8,0);
    tracep->declBus(c+905,"o_slot", false,-1, 2,0);
    tracep->declBus(c+943,"o_active", false,-1, 1,0);
    tracep->declQuad(c+944,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+946,"o_w", false,-1, 47,0);
    tracep->declArray(c+948,"products", false,-1, 95,0);
    tracep->declBit(c+906,"a_valid", false,-1);
    tracep->declBus(c+907,"a_j", false,-1, 8,0);
    tracep->declBus(c+908,"a_slot", false,-1, 2,0);
    tracep->declBus(c+909,"a_active", false,-1, 1,0);
    tracep->declQuad(c+910,"a_rows", false,-1, 35,0);
    tracep->declArray(c+912,"a_products", false,-1, 95,0);
    tracep->declBus(c+951,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+952,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+954,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+915,"acc_we", false,-1, 2,0);
    tracep->declArray(c+916,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+919,"out_we", false,-1, 2,0);
    tracep->declQuad(c+957,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+959,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+951,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+961,"acc", false,-1, 31,0);
    tracep->declBus(c+962,"product", false,-1, 31,0);
    tracep->declBus(c+963,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+964,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+966,"w", false,-1, 15,0);
    tracep->declBus(c+942,"x", false,-1, 15,0);
    tracep->declBus(c+967,"product", false,-1, 31,0);
    tracep->declBus(c+966,"ws", false,-1, 15,0);
    tracep->declBus(c+942,"xs", false,-1, 15,0);
    tracep->declBus(c+967,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+961,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+968,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+969,"rectified", false,-1, 31,0);
    tracep->declQuad(c+970,"half", false,-1, 32,0);
    tracep->declQuad(c+972,"rounded", false,-1, 32,0);
    tracep->declQuad(c+974,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+976,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+977,"acc", false,-1, 31,0);
    tracep->declBus(c+978,"product", false,-1, 31,0);
    tracep->declBus(c+979,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+980,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+982,"w", false,-1, 15,0);
    tracep->declBus(c+942,"x", false,-1, 15,0);
    tracep->declBus(c+983,"product", false,-1, 31,0);
    tracep->declBus(c+982,"ws", false,-1, 15,0);
    tracep->declBus(c+942,"xs", false,-1, 15,0);
    tracep->declBus(c+983,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+977,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+984,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+985,"rectified", false,-1, 31,0);
    tracep->declQuad(c+970,"half", false,-1, 32,0);
    tracep->declQuad(c+986,"rounded", false,-1, 32,0);
    tracep->declQuad(c+988,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+990,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+991,"acc", false,-1, 31,0);
    tracep->declBus(c+992,"product", false,-1, 31,0);
    tracep->declBus(c+993,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+994,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+996,"w", false,-1, 15,0);
    tracep->declBus(c+942,"x", false,-1, 15,0);
    tracep->declBus(c+997,"product", false,-1, 31,0);
    tracep->declBus(c+996,"ws", false,-1, 15,0);
    tracep->declBus(c+942,"xs", false,-1, 15,0);
    tracep->declBus(c+997,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+991,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+998,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+999,"rectified", false,-1, 31,0);
    tracep->declQuad(c+970,"half", false,-1, 32,0);
    tracep->declQuad(c+1000,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1002,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+952,"raddr", false,-1, 35,0);
    tracep->declArray(c+954,"rdata", false,-1, 95,0);
    tracep->declBus(c+915,"we", false,-1, 2,0);
    tracep->declQuad(c+910,"waddr", false,-1, 35,0);
    tracep->declArray(c+916,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+110,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1004,"live", false,-1, 4095,0);
    tracep->declBus(c+1132,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+285,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+921,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+927,"head_valid", false,-1);
    tracep->declBus(c+1133,"head_x", false,-1, 15,0);
    tracep->declBus(c+1134,"head_j", false,-1, 8,0);
    tracep->declBus(c+1135,"head_c", false,-1, 8,0);
    tracep->declBus(c+1136,"head_t", false,-1, 6,0);
    tracep->declBus(c+1137,"head_cm", false,-1, 6,0);
    tracep->declBit(c+926,"pop", false,-1);
    tracep->declBus(c+928,"k_addr", false,-1, 11,0);
    tracep->declBus(c+929,"k_word", false,-1, 20,0);
    tracep->declBit(c+930,"busy", false,-1);
    tracep->declBit(c+897,"issue", false,-1);
    tracep->declBus(c+931,"issue_x", false,-1, 15,0);
    tracep->declBus(c+898,"issue_j", false,-1, 8,0);
    tracep->declBus(c+899,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+932,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+933,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+930,"col_valid", false,-1);
    tracep->declBit(c+1138,"col_reload", false,-1);
    tracep->declBus(c+1139,"col_x", false,-1, 15,0);
    tracep->declBus(c+1140,"col_j", false,-1, 8,0);
    tracep->declBus(c+1141,"col_c", false,-1, 8,0);
    tracep->declBus(c+1142,"col_t", false,-1, 6,0);
    tracep->declBus(c+1143,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1144,"col_slot", false,-1, 2,0);
    tracep->declBit(c+1145,"k_valid", false,-1);
    tracep->declBus(c+1146,"k_col", false,-1, 8,0);
    tracep->declBus(c+1147,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1148,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1149,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+899,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+1150,"cur_reload", false,-1);
    tracep->declBus(c+1151,"next_slot", false,-1, 2,0);
    tracep->declBit(c+1152,"next_valid", false,-1);
    tracep->declBus(c+1153,"first_b", false,-1, 4,0);
    tracep->declBus(c+1154,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+1155,"base_row", false,-1, 11,0);
    tracep->declBus(c+899,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1156,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1157,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1158,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1159,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1160+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1166,"k", false,-1, 6,0);
    tracep->declBus(c+1167,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1168,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1169,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1170,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1171,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1172+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1178,"k", false,-1, 6,0);
    tracep->declBus(c+1179,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1180,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1181,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1182,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1183,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1184+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1190,"k", false,-1, 6,0);
    tracep->declBus(c+1191,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+919,"we", false,-1, 2,0);
    tracep->declQuad(c+957,"waddr", false,-1, 35,0);
    tracep->declQuad(c+959,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+111,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1192,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+45,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+46,"wdata", false,-1, 20,0);
    tracep->declBus(c+928,"raddr", false,-1, 11,0);
    tracep->declBus(c+929,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+892,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+926,"pop", false,-1);
    tracep->declQuad(c+924,"head_data", false,-1, 47,0);
    tracep->declBus(c+896,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+1193+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1201,"head", false,-1, 1,0);
    tracep->declBus(c+1202,"tail", false,-1, 1,0);
    tracep->declBus(c+896,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+44,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+939,"raddr", false,-1, 11,0);
    tracep->declQuad(c+940,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+286,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1203,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+47,"ld_we_w", false,-1);
    tracep->declBit(c+48,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+112,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+113,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1204,"room", false,-1);
    tracep->declBit(c+1205,"idle", false,-1);
    tracep->declBit(c+1206,"drained", false,-1);
    tracep->declBus(c+1207,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+1208,"tr_i_valid", false,-1);
    tracep->declBus(c+1209,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1210,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+1211,"tr_w_valid", false,-1);
    tracep->declBus(c+1212,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1213,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+1214,"tr_m_valid", false,-1);
    tracep->declBus(c+1215,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1216,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+1217,"tr_a_valid", false,-1);
    tracep->declBus(c+1218,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1219,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+1220,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+1221,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+1223,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+1226,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+1227,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1230,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+1231,"se_wide", false,-1, 4,0);
    tracep->declBus(c+1232,"se", false,-1, 2,0);
    tracep->declBus(c+1233,"rows", false,-1, 11,0);
    tracep->declBit(c+1234,"unused_se_high", false,-1);
    tracep->declQuad(c+1235,"q_head", false,-1, 47,0);
    tracep->declBus(c+1207,"q_count", false,-1, 2,0);
    tracep->declBit(c+1237,"pop", false,-1);
    tracep->declBit(c+1238,"q_nonempty", false,-1);
    tracep->declBus(c+1239,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1240,"k_word", false,-1, 20,0);
    tracep->declBus(c+49,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+1241,"col_busy", false,-1);
    tracep->declBit(c+1208,"issue", false,-1);
    tracep->declBus(c+1242,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1209,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1210,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+1243,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+1244,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+1211,"i_valid", false,-1);
    tracep->declBus(c+1246,"i_x", false,-1, 15,0);
    tracep->declBus(c+1212,"i_j", false,-1, 8,0);
    tracep->declBus(c+1213,"i_slot", false,-1, 2,0);
    tracep->declBus(c+1247,"i_active", false,-1, 1,0);
    tracep->declQuad(c+1248,"i_rows", false,-1, 35,0);
    tracep->declBus(c+1250,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+1251,"w_word", false,-1, 47,0);
    tracep->declBit(c+1214,"o_valid", false,-1);
    tracep->declBus(c+1253,"o_x", false,-1, 15,0);
    tracep->declBus(c+1215,"o_j", false,-1, 8,0);
    tracep->declBus(c+1216,"o_slot", false,-1, 2,0);
    tracep->declBus(c+1254,"o_active", false,-1, 1,0);
    tracep->declQuad(c+1255,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+1257,"o_w", false,-1, 47,0);
    tracep->declArray(c+1259,"products", false,-1, 95,0);
    tracep->declBit(c+1217,"a_valid", false,-1);
    tracep->declBus(c+1218,"a_j", false,-1, 8,0);
    tracep->declBus(c+1219,"a_slot", false,-1, 2,0);
    tracep->declBus(c+1220,"a_active", false,-1, 1,0);
    tracep->declQuad(c+1221,"a_rows", false,-1, 35,0);
    tracep->declArray(c+1223,"a_products", false,-1, 95,0);
    tracep->declBus(c+1262,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+1263,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+1265,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+1226,"acc_we", false,-1, 2,0);
    tracep->declArray(c+1227,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1230,"out_we", false,-1, 2,0);
    tracep->declQuad(c+1268,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+1270,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1262,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1272,"acc", false,-1, 31,0);
    tracep->declBus(c+1273,"product", false,-1, 31,0);
    tracep->declBus(c+1274,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1275,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1277,"w", false,-1, 15,0);
    tracep->declBus(c+1253,"x", false,-1, 15,0);
    tracep->declBus(c+1278,"product", false,-1, 31,0);
    tracep->declBus(c+1277,"ws", false,-1, 15,0);
    tracep->declBus(c+1253,"xs", false,-1, 15,0);
    tracep->declBus(c+1278,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1272,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1279,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1280,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1281,"half", false,-1, 32,0);
    tracep->declQuad(c+1283,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1285,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1287,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1288,"acc", false,-1, 31,0);
    tracep->declBus(c+1289,"product", false,-1, 31,0);
    tracep->declBus(c+1290,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1291,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1293,"w", false,-1, 15,0);
    tracep->declBus(c+1253,"x", false,-1, 15,0);
    tracep->declBus(c+1294,"product", false,-1, 31,0);
    tracep->declBus(c+1293,"ws", false,-1, 15,0);
    tracep->declBus(c+1253,"xs", false,-1, 15,0);
    tracep->declBus(c+1294,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1288,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1295,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1296,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1281,"half", false,-1, 32,0);
    tracep->declQuad(c+1297,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1299,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1301,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1302,"acc", false,-1, 31,0);
    tracep->declBus(c+1303,"product", false,-1, 31,0);
    tracep->declBus(c+1304,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1305,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1307,"w", false,-1, 15,0);
    tracep->declBus(c+1253,"x", false,-1, 15,0);
    tracep->declBus(c+1308,"product", false,-1, 31,0);
    tracep->declBus(c+1307,"ws", false,-1, 15,0);
    tracep->declBus(c+1253,"xs", false,-1, 15,0);
    tracep->declBus(c+1308,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1302,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1309,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1310,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1281,"half", false,-1, 32,0);
    tracep->declQuad(c+1311,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1313,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+1263,"raddr", false,-1, 35,0);
    tracep->declArray(c+1265,"rdata", false,-1, 95,0);
    tracep->declBus(c+1226,"we", false,-1, 2,0);
    tracep->declQuad(c+1221,"waddr", false,-1, 35,0);
    tracep->declArray(c+1227,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+112,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1315,"live", false,-1, 4095,0);
    tracep->declBus(c+1443,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+286,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+1232,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+1238,"head_valid", false,-1);
    tracep->declBus(c+1444,"head_x", false,-1, 15,0);
    tracep->declBus(c+1445,"head_j", false,-1, 8,0);
    tracep->declBus(c+1446,"head_c", false,-1, 8,0);
    tracep->declBus(c+1447,"head_t", false,-1, 6,0);
    tracep->declBus(c+1448,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1237,"pop", false,-1);
    tracep->declBus(c+1239,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1240,"k_word", false,-1, 20,0);
    tracep->declBit(c+1241,"busy", false,-1);
    tracep->declBit(c+1208,"issue", false,-1);
    tracep->declBus(c+1242,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1209,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1210,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+1243,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+1244,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+1241,"col_valid", false,-1);
    tracep->declBit(c+1449,"col_reload", false,-1);
    tracep->declBus(c+1450,"col_x", false,-1, 15,0);
    tracep->declBus(c+1451,"col_j", false,-1, 8,0);
    tracep->declBus(c+1452,"col_c", false,-1, 8,0);
    tracep->declBus(c+1453,"col_t", false,-1, 6,0);
    tracep->declBus(c+1454,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1455,"col_slot", false,-1, 2,0);
    tracep->declBit(c+1456,"k_valid", false,-1);
    tracep->declBus(c+1457,"k_col", false,-1, 8,0);
    tracep->declBus(c+1458,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1459,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1460,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1210,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+1461,"cur_reload", false,-1);
    tracep->declBus(c+1462,"next_slot", false,-1, 2,0);
    tracep->declBit(c+1463,"next_valid", false,-1);
    tracep->declBus(c+1464,"first_b", false,-1, 4,0);
    tracep->declBus(c+1465,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+1466,"base_row", false,-1, 11,0);
    tracep->declBus(c+1210,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1467,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1468,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1469,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1470,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1471+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1477,"k", false,-1, 6,0);
    tracep->declBus(c+1478,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1479,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1480,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1481,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1482,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1483+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1489,"k", false,-1, 6,0);
    tracep->declBus(c+1490,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1491,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1492,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1493,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1494,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1495+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1501,"k", false,-1, 6,0);
    tracep->declBus(c+1502,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1230,"we", false,-1, 2,0);
    tracep->declQuad(c+1268,"waddr", false,-1, 35,0);
    tracep->declQuad(c+1270,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+113,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1503,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+48,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+49,"wdata", false,-1, 20,0);
    tracep->declBus(c+1239,"raddr", false,-1, 11,0);
    tracep->declBus(c+1240,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1203,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+1237,"pop", false,-1);
    tracep->declQuad(c+1235,"head_data", false,-1, 47,0);
    tracep->declBus(c+1207,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+1504+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1512,"head", false,-1, 1,0);
    tracep->declBus(c+1513,"tail", false,-1, 1,0);
    tracep->declBus(c+1207,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+47,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+1250,"raddr", false,-1, 11,0);
    tracep->declQuad(c+1251,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+287,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1514,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+50,"ld_we_w", false,-1);
    tracep->declBit(c+51,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+114,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+115,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1515,"room", false,-1);
    tracep->declBit(c+1516,"idle", false,-1);
    tracep->declBit(c+1517,"drained", false,-1);
    tracep->declBus(c+1518,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+1519,"tr_i_valid", false,-1);
    tracep->declBus(c+1520,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1521,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+1522,"tr_w_valid", false,-1);
    tracep->declBus(c+1523,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1524,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+1525,"tr_m_valid", false,-1);
    tracep->declBus(c+1526,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1527,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+1528,"tr_a_valid", false,-1);
    tracep->declBus(c+1529,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1530,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+1531,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+1532,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+1534,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+1537,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+1538,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1541,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+1542,"se_wide", false,-1, 4,0);
    tracep->declBus(c+1543,"se", false,-1, 2,0);
    tracep->declBus(c+1544,"rows", false,-1, 11,0);
    tracep->declBit(c+1545,"unused_se_high", false,-1);
    tracep->declQuad(c+1546,"q_head", false,-1, 47,0);
    tracep->declBus(c+1518,"q_count", false,-1, 2,0);
    tracep->declBit(c+1548,"pop", false,-1);
    tracep->declBit(c+1549,"q_nonempty", false,-1);
    tracep->declBus(c+1550,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1551,"k_word", false,-1, 20,0);
    tracep->declBus(c+52,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+1552,"col_busy", false,-1);
    tracep->declBit(c+1519,"issue", false,-1);
    tracep->declBus(c+1553,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1520,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1521,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+1554,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+1555,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+1522,"i_valid", false,-1);
    tracep->declBus(c+1557,"i_x", false,-1, 15,0);
    tracep->declBus(c+1523,"i_j", false,-1, 8,0);
    tracep->declBus(c+1524,"i_slot", false,-1, 2,0);
    tracep->declBus(c+1558,"i_active", false,-1, 1,0);
    tracep->declQuad(c+1559,"i_rows", false,-1, 35,0);
    tracep->declBus(c+1561,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+1562,"w_word", false,-1, 47,0);
    tracep->declBit(c+1525,"o_valid", false,-1);
    tracep->declBus(c+1564,"o_x", false,-1, 15,0);
    tracep->declBus(c+1526,"o_j", false,-1, 8,0);
    tracep->declBus(c+1527,"o_slot", false,-1, 2,0);
    tracep->declBus(c+1565,"o_active", false,-1, 1,0);
    tracep->declQuad(c+1566,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+1568,"o_w", false,-1, 47,0);
    tracep->declArray(c+1570,"products", false,-1, 95,0);
    tracep->declBit(c+1528,"a_valid", false,-1);
    tracep->declBus(c+1529,"a_j", false,-1, 8,0);
    tracep->declBus(c+1530,"a_slot", false,-1, 2,0);
    tracep->declBus(c+1531,"a_active", false,-1, 1,0);
    tracep->declQuad(c+1532,"a_rows", false,-1, 35,0);
    tracep->declArray(c+1534,"a_products", false,-1, 95,0);
    tracep->declBus(c+1573,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+1574,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+1576,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+1537,"acc_we", false,-1, 2,0);
    tracep->declArray(c+1538,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1541,"out_we", false,-1, 2,0);
    tracep->declQuad(c+1579,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+1581,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1573,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1583,"acc", false,-1, 31,0);
    tracep->declBus(c+1584,"product", false,-1, 31,0);
    tracep->declBus(c+1585,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1586,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1588,"w", false,-1, 15,0);
    tracep->declBus(c+1564,"x", false,-1, 15,0);
    tracep->declBus(c+1589,"product", false,-1, 31,0);
    tracep->declBus(c+1588,"ws", false,-1, 15,0);
    tracep->declBus(c+1564,"xs", false,-1, 15,0);
    tracep->declBus(c+1589,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1583,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1590,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1591,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1592,"half", false,-1, 32,0);
    tracep->declQuad(c+1594,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1596,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1598,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1599,"acc", false,-1, 31,0);
    tracep->declBus(c+1600,"product", false,-1, 31,0);
    tracep->declBus(c+1601,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1602,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1604,"w", false,-1, 15,0);
    tracep->declBus(c+1564,"x", false,-1, 15,0);
    tracep->declBus(c+1605,"product", false,-1, 31,0);
    tracep->declBus(c+1604,"ws", false,-1, 15,0);
    tracep->declBus(c+1564,"xs", false,-1, 15,0);
    tracep->declBus(c+1605,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1599,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1606,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1607,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1592,"half", false,-1, 32,0);
    tracep->declQuad(c+1608,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1610,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1612,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1613,"acc", false,-1, 31,0);
    tracep->declBus(c+1614,"product", false,-1, 31,0);
    tracep->declBus(c+1615,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1616,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1618,"w", false,-1, 15,0);
    tracep->declBus(c+1564,"x", false,-1, 15,0);
    tracep->declBus(c+1619,"product", false,-1, 31,0);
    tracep->declBus(c+1618,"ws", false,-1, 15,0);
    tracep->declBus(c+1564,"xs", false,-1, 15,0);
    tracep->declBus(c+1619,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1613,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1620,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1621,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1592,"half", false,-1, 32,0);
    tracep->declQuad(c+1622,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1624,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+1574,"raddr", false,-1, 35,0);
    tracep->declArray(c+1576,"rdata", false,-1, 95,0);
    tracep->declBus(c+1537,"we", false,-1, 2,0);
    tracep->declQuad(c+1532,"waddr", false,-1, 35,0);
    tracep->declArray(c+1538,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+114,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1626,"live", false,-1, 4095,0);
    tracep->declBus(c+1754,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+287,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+1543,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+1549,"head_valid", false,-1);
    tracep->declBus(c+1755,"head_x", false,-1, 15,0);
    tracep->declBus(c+1756,"head_j", false,-1, 8,0);
    tracep->declBus(c+1757,"head_c", false,-1, 8,0);
    tracep->declBus(c+1758,"head_t", false,-1, 6,0);
    tracep->declBus(c+1759,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1548,"pop", false,-1);
    tracep->declBus(c+1550,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1551,"k_word", false,-1, 20,0);
    tracep->declBit(c+1552,"busy", false,-1);
    tracep->declBit(c+1519,"issue", false,-1);
    tracep->declBus(c+1553,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1520,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1521,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+1554,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+1555,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+1552,"col_valid", false,-1);
    tracep->declBit(c+1760,"col_reload", false,-1);
    tracep->declBus(c+1761,"col_x", false,-1, 15,0);
    tracep->declBus(c+1762,"col_j", false,-1, 8,0);
    tracep->declBus(c+1763,"col_c", false,-1, 8,0);
    tracep->declBus(c+1764,"col_t", false,-1, 6,0);
    tracep->declBus(c+1765,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1766,"col_slot", false,-1, 2,0);
    tracep->declBit(c+1767,"k_valid", false,-1);
    tracep->declBus(c+1768,"k_col", false,-1, 8,0);
    tracep->declBus(c+1769,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1770,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1771,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1521,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+1772,"cur_reload", false,-1);
    tracep->declBus(c+1773,"next_slot", false,-1, 2,0);
    tracep->declBit(c+1774,"next_valid", false,-1);
    tracep->declBus(c+1775,"first_b", false,-1, 4,0);
    tracep->declBus(c+1776,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+1777,"base_row", false,-1, 11,0);
    tracep->declBus(c+1521,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1778,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1779,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1780,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1781,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1782+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1788,"k", false,-1, 6,0);
    tracep->declBus(c+1789,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1790,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1791,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1792,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1793,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1794+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1800,"k", false,-1, 6,0);
    tracep->declBus(c+1801,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1802,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1803,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1804,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1805,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+1806+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1812,"k", false,-1, 6,0);
    tracep->declBus(c+1813,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1541,"we", false,-1, 2,0);
    tracep->declQuad(c+1579,"waddr", false,-1, 35,0);
    tracep->declQuad(c+1581,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+115,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1814,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+51,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+52,"wdata", false,-1, 20,0);
    tracep->declBus(c+1550,"raddr", false,-1, 11,0);
    tracep->declBus(c+1551,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1514,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+1548,"pop", false,-1);
    tracep->declQuad(c+1546,"head_data", false,-1, 47,0);
    tracep->declBus(c+1518,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+1815+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1823,"head", false,-1, 1,0);
    tracep->declBus(c+1824,"tail", false,-1, 1,0);
    tracep->declBus(c+1518,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+50,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+1561,"raddr", false,-1, 11,0);
    tracep->declQuad(c+1562,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+288,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1825,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+53,"ld_we_w", false,-1);
    tracep->declBit(c+54,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+116,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+117,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1826,"room", false,-1);
    tracep->declBit(c+1827,"idle", false,-1);
    tracep->declBit(c+1828,"drained", false,-1);
    tracep->declBus(c+1829,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+1830,"tr_i_valid", false,-1);
    tracep->declBus(c+1831,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1832,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+1833,"tr_w_valid", false,-1);
    tracep->declBus(c+1834,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1835,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+1836,"tr_m_valid", false,-1);
    tracep->declBus(c+1837,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1838,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+1839,"tr_a_valid", false,-1);
    tracep->declBus(c+1840,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1841,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+1842,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+1843,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+1845,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+1848,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+1849,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1852,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+1853,"se_wide", false,-1, 4,0);
    tracep->declBus(c+1854,"se", false,-1, 2,0);
    tracep->declBus(c+1855,"rows", false,-1, 11,0);
    tracep->declBit(c+1856,"unused_se_high", false,-1);
    tracep->declQuad(c+1857,"q_head", false,-1, 47,0);
    tracep->declBus(c+1829,"q_count", false,-1, 2,0);
    tracep->declBit(c+1859,"pop", false,-1);
    tracep->declBit(c+1860,"q_nonempty", false,-1);
    tracep->declBus(c+1861,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1862,"k_word", false,-1, 20,0);
    tracep->declBus(c+55,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+1863,"col_busy", false,-1);
    tracep->declBit(c+1830,"issue", false,-1);
    tracep->declBus(c+1864,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1831,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1832,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+1865,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+1866,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+1833,"i_valid", false,-1);
    tracep->declBus(c+1868,"i_x", false,-1, 15,0);
    tracep->declBus(c+1834,"i_j", false,-1, 8,0);
    tracep->declBus(c+1835,"i_slot", false,-1, 2,0);
    tracep->declBus(c+1869,"i_active", false,-1, 1,0);
    tracep->declQuad(c+1870,"i_rows", false,-1, 35,0);
    tracep->declBus(c+1872,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+1873,"w_word", false,-1, 47,0);
    tracep->declBit(c+1836,"o_valid", false,-1);
    tracep->declBus(c+1875,"o_x", false,-1, 15,0);
    tracep->declBus(c+1837,"o_j", false,-1, 8,0);
    tracep->declBus(c+1838,"o_slot", false,-1, 2,0);
    tracep->declBus(c+1876,"o_active", false,-1, 1,0);
    tracep->declQuad(c+1877,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+1879,"o_w", false,-1, 47,0);
    tracep->declArray(c+1881,"products", false,-1, 95,0);
    tracep->declBit(c+1839,"a_valid", false,-1);
    tracep->declBus(c+1840,"a_j", false,-1, 8,0);
    tracep->declBus(c+1841,"a_slot", false,-1, 2,0);
    tracep->declBus(c+1842,"a_active", false,-1, 1,0);
    tracep->declQuad(c+1843,"a_rows", false,-1, 35,0);
    tracep->declArray(c+1845,"a_products", false,-1, 95,0);
    tracep->declBus(c+1884,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+1885,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+1887,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+1848,"acc_we", false,-1, 2,0);
    tracep->declArray(c+1849,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+1852,"out_we", false,-1, 2,0);
    tracep->declQuad(c+1890,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+1892,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1884,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1894,"acc", false,-1, 31,0);
    tracep->declBus(c+1895,"product", false,-1, 31,0);
    tracep->declBus(c+1896,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1897,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1899,"w", false,-1, 15,0);
    tracep->declBus(c+1875,"x", false,-1, 15,0);
    tracep->declBus(c+1900,"product", false,-1, 31,0);
    tracep->declBus(c+1899,"ws", false,-1, 15,0);
    tracep->declBus(c+1875,"xs", false,-1, 15,0);
    tracep->declBus(c+1900,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1894,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1901,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1902,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1903,"half", false,-1, 32,0);
    tracep->declQuad(c+1905,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1907,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1909,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1910,"acc", false,-1, 31,0);
    tracep->declBus(c+1911,"product", false,-1, 31,0);
    tracep->declBus(c+1912,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1913,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1915,"w", false,-1, 15,0);
    tracep->declBus(c+1875,"x", false,-1, 15,0);
    tracep->declBus(c+1916,"product", false,-1, 31,0);
    tracep->declBus(c+1915,"ws", false,-1, 15,0);
    tracep->declBus(c+1875,"xs", false,-1, 15,0);
    tracep->declBus(c+1916,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1910,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1917,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1918,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1903,"half", false,-1, 32,0);
    tracep->declQuad(c+1919,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1921,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+1923,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1924,"acc", false,-1, 31,0);
    tracep->declBus(c+1925,"product", false,-1, 31,0);
    tracep->declBus(c+1926,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+1927,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1929,"w", false,-1, 15,0);
    tracep->declBus(c+1875,"x", false,-1, 15,0);
    tracep->declBus(c+1930,"product", false,-1, 31,0);
    tracep->declBus(c+1929,"ws", false,-1, 15,0);
    tracep->declBus(c+1875,"xs", false,-1, 15,0);
    tracep->declBus(c+1930,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1924,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+1931,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+1932,"rectified", false,-1, 31,0);
    tracep->declQuad(c+1903,"half", false,-1, 32,0);
    tracep->declQuad(c+1933,"rounded", false,-1, 32,0);
    tracep->declQuad(c+1935,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+1885,"raddr", false,-1, 35,0);
    tracep->declArray(c+1887,"rdata", false,-1, 95,0);
    tracep->declBus(c+1848,"we", false,-1, 2,0);
    tracep->declQuad(c+1843,"waddr", false,-1, 35,0);
    tracep->declArray(c+1849,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+116,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+1937,"live", false,-1, 4095,0);
    tracep->declBus(c+2065,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+288,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+1854,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+1860,"head_valid", false,-1);
    tracep->declBus(c+2066,"head_x", false,-1, 15,0);
    tracep->declBus(c+2067,"head_j", false,-1, 8,0);
    tracep->declBus(c+2068,"head_c", false,-1, 8,0);
    tracep->declBus(c+2069,"head_t", false,-1, 6,0);
    tracep->declBus(c+2070,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1859,"pop", false,-1);
    tracep->declBus(c+1861,"k_addr", false,-1, 11,0);
    tracep->declBus(c+1862,"k_word", false,-1, 20,0);
    tracep->declBit(c+1863,"busy", false,-1);
    tracep->declBit(c+1830,"issue", false,-1);
    tracep->declBus(c+1864,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1831,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1832,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+1865,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+1866,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+1863,"col_valid", false,-1);
    tracep->declBit(c+2071,"col_reload", false,-1);
    tracep->declBus(c+2072,"col_x", false,-1, 15,0);
    tracep->declBus(c+2073,"col_j", false,-1, 8,0);
    tracep->declBus(c+2074,"col_c", false,-1, 8,0);
    tracep->declBus(c+2075,"col_t", false,-1, 6,0);
    tracep->declBus(c+2076,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2077,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2078,"k_valid", false,-1);
    tracep->declBus(c+2079,"k_col", false,-1, 8,0);
    tracep->declBus(c+2080,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2081,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2082,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1832,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+2083,"cur_reload", false,-1);
    tracep->declBus(c+2084,"next_slot", false,-1, 2,0);
    tracep->declBit(c+2085,"next_valid", false,-1);
    tracep->declBus(c+2086,"first_b", false,-1, 4,0);
    tracep->declBus(c+2087,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+2088,"base_row", false,-1, 11,0);
    tracep->declBus(c+1832,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2089,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2090,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2091,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2092,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2093+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2099,"k", false,-1, 6,0);
    tracep->declBus(c+2100,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2101,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2102,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2103,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2104,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2105+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2111,"k", false,-1, 6,0);
    tracep->declBus(c+2112,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2113,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2114,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2115,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2116,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2117+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2123,"k", false,-1, 6,0);
    tracep->declBus(c+2124,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1852,"we", false,-1, 2,0);
    tracep->declQuad(c+1890,"waddr", false,-1, 35,0);
    tracep->declQuad(c+1892,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+117,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2125,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+54,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+55,"wdata", false,-1, 20,0);
    tracep->declBus(c+1861,"raddr", false,-1, 11,0);
    tracep->declBus(c+1862,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1825,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+1859,"pop", false,-1);
    tracep->declQuad(c+1857,"head_data", false,-1, 47,0);
    tracep->declBus(c+1829,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+2126+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2134,"head", false,-1, 1,0);
    tracep->declBus(c+2135,"tail", false,-1, 1,0);
    tracep->declBus(c+1829,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+53,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+1872,"raddr", false,-1, 11,0);
    tracep->declQuad(c+1873,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+289,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2136,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+56,"ld_we_w", false,-1);
    tracep->declBit(c+57,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+118,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+119,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2137,"room", false,-1);
    tracep->declBit(c+2138,"idle", false,-1);
    tracep->declBit(c+2139,"drained", false,-1);
    tracep->declBus(c+2140,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+2141,"tr_i_valid", false,-1);
    tracep->declBus(c+2142,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2143,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+2144,"tr_w_valid", false,-1);
    tracep->declBus(c+2145,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2146,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+2147,"tr_m_valid", false,-1);
    tracep->declBus(c+2148,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2149,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+2150,"tr_a_valid", false,-1);
    tracep->declBus(c+2151,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2152,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+2153,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+2154,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+2156,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+2159,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+2160,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2163,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+2164,"se_wide", false,-1, 4,0);
    tracep->declBus(c+2165,"se", false,-1, 2,0);
    tracep->declBus(c+2166,"rows", false,-1, 11,0);
    tracep->declBit(c+2167,"unused_se_high", false,-1);
    tracep->declQuad(c+2168,"q_head", false,-1, 47,0);
    tracep->declBus(c+2140,"q_count", false,-1, 2,0);
    tracep->declBit(c+2170,"pop", false,-1);
    tracep->declBit(c+2171,"q_nonempty", false,-1);
    tracep->declBus(c+2172,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2173,"k_word", false,-1, 20,0);
    tracep->declBus(c+58,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+2174,"col_busy", false,-1);
    tracep->declBit(c+2141,"issue", false,-1);
    tracep->declBus(c+2175,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2142,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2143,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+2176,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+2177,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+2144,"i_valid", false,-1);
    tracep->declBus(c+2179,"i_x", false,-1, 15,0);
    tracep->declBus(c+2145,"i_j", false,-1, 8,0);
    tracep->declBus(c+2146,"i_slot", false,-1, 2,0);
    tracep->declBus(c+2180,"i_active", false,-1, 1,0);
    tracep->declQuad(c+2181,"i_rows", false,-1, 35,0);
    tracep->declBus(c+2183,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+2184,"w_word", false,-1, 47,0);
    tracep->declBit(c+2147,"o_valid", false,-1);
    tracep->declBus(c+2186,"o_x", false,-1, 15,0);
    tracep->declBus(c+2148,"o_j", false,-1, 8,0);
    tracep->declBus(c+2149,"o_slot", false,-1, 2,0);
    tracep->declBus(c+2187,"o_active", false,-1, 1,0);
    tracep->declQuad(c+2188,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+2190,"o_w", false,-1, 47,0);
    tracep->declArray(c+2192,"products", false,-1, 95,0);
    tracep->declBit(c+2150,"a_valid", false,-1);
    tracep->declBus(c+2151,"a_j", false,-1, 8,0);
    tracep->declBus(c+2152,"a_slot", false,-1, 2,0);
    tracep->declBus(c+2153,"a_active", false,-1, 1,0);
    tracep->declQuad(c+2154,"a_rows", false,-1, 35,0);
    tracep->declArray(c+2156,"a_products", false,-1, 95,0);
    tracep->declBus(c+2195,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+2196,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+2198,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+2159,"acc_we", false,-1, 2,0);
    tracep->declArray(c+2160,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2163,"out_we", false,-1, 2,0);
    tracep->declQuad(c+2201,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+2203,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2195,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2205,"acc", false,-1, 31,0);
    tracep->declBus(c+2206,"product", false,-1, 31,0);
    tracep->declBus(c+2207,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2208,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2210,"w", false,-1, 15,0);
    tracep->declBus(c+2186,"x", false,-1, 15,0);
    tracep->declBus(c+2211,"product", false,-1, 31,0);
    tracep->declBus(c+2210,"ws", false,-1, 15,0);
    tracep->declBus(c+2186,"xs", false,-1, 15,0);
    tracep->declBus(c+2211,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2205,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2212,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2213,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2214,"half", false,-1, 32,0);
    tracep->declQuad(c+2216,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2218,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2220,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2221,"acc", false,-1, 31,0);
    tracep->declBus(c+2222,"product", false,-1, 31,0);
    tracep->declBus(c+2223,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2224,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2226,"w", false,-1, 15,0);
    tracep->declBus(c+2186,"x", false,-1, 15,0);
    tracep->declBus(c+2227,"product", false,-1, 31,0);
    tracep->declBus(c+2226,"ws", false,-1, 15,0);
    tracep->declBus(c+2186,"xs", false,-1, 15,0);
    tracep->declBus(c+2227,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2221,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2228,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2229,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2214,"half", false,-1, 32,0);
    tracep->declQuad(c+2230,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2232,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2234,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2235,"acc", false,-1, 31,0);
    tracep->declBus(c+2236,"product", false,-1, 31,0);
    tracep->declBus(c+2237,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2238,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2240,"w", false,-1, 15,0);
    tracep->declBus(c+2186,"x", false,-1, 15,0);
    tracep->declBus(c+2241,"product", false,-1, 31,0);
    tracep->declBus(c+2240,"ws", false,-1, 15,0);
    tracep->declBus(c+2186,"xs", false,-1, 15,0);
    tracep->declBus(c+2241,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2235,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2242,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2243,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2214,"half", false,-1, 32,0);
    tracep->declQuad(c+2244,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2246,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+2196,"raddr", false,-1, 35,0);
    tracep->declArray(c+2198,"rdata", false,-1, 95,0);
    tracep->declBus(c+2159,"we", false,-1, 2,0);
    tracep->declQuad(c+2154,"waddr", false,-1, 35,0);
    tracep->declArray(c+2160,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+118,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+2248,"live", false,-1, 4095,0);
    tracep->declBus(c+2376,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+289,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+2165,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+2171,"head_valid", false,-1);
    tracep->declBus(c+2377,"head_x", false,-1, 15,0);
    tracep->declBus(c+2378,"head_j", false,-1, 8,0);
    tracep->declBus(c+2379,"head_c", false,-1, 8,0);
    tracep->declBus(c+2380,"head_t", false,-1, 6,0);
    tracep->declBus(c+2381,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2170,"pop", false,-1);
    tracep->declBus(c+2172,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2173,"k_word", false,-1, 20,0);
    tracep->declBit(c+2174,"busy", false,-1);
    tracep->declBit(c+2141,"issue", false,-1);
    tracep->declBus(c+2175,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2142,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2143,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+2176,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+2177,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+2174,"col_valid", false,-1);
    tracep->declBit(c+2382,"col_reload", false,-1);
    tracep->declBus(c+2383,"col_x", false,-1, 15,0);
    tracep->declBus(c+2384,"col_j", false,-1, 8,0);
    tracep->declBus(c+2385,"col_c", false,-1, 8,0);
    tracep->declBus(c+2386,"col_t", false,-1, 6,0);
    tracep->declBus(c+2387,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2388,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2389,"k_valid", false,-1);
    tracep->declBus(c+2390,"k_col", false,-1, 8,0);
    tracep->declBus(c+2391,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2392,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2393,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2143,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+2394,"cur_reload", false,-1);
    tracep->declBus(c+2395,"next_slot", false,-1, 2,0);
    tracep->declBit(c+2396,"next_valid", false,-1);
    tracep->declBus(c+2397,"first_b", false,-1, 4,0);
    tracep->declBus(c+2398,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+2399,"base_row", false,-1, 11,0);
    tracep->declBus(c+2143,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2400,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2401,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2402,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2403,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2404+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2410,"k", false,-1, 6,0);
    tracep->declBus(c+2411,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2412,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2413,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2414,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2415,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2416+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2422,"k", false,-1, 6,0);
    tracep->declBus(c+2423,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2424,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2425,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2426,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2427,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2428+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2434,"k", false,-1, 6,0);
    tracep->declBus(c+2435,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2163,"we", false,-1, 2,0);
    tracep->declQuad(c+2201,"waddr", false,-1, 35,0);
    tracep->declQuad(c+2203,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+119,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2436,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+57,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+58,"wdata", false,-1, 20,0);
    tracep->declBus(c+2172,"raddr", false,-1, 11,0);
    tracep->declBus(c+2173,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2136,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+2170,"pop", false,-1);
    tracep->declQuad(c+2168,"head_data", false,-1, 47,0);
    tracep->declBus(c+2140,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+2437+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2445,"head", false,-1, 1,0);
    tracep->declBus(c+2446,"tail", false,-1, 1,0);
    tracep->declBus(c+2140,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+56,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+2183,"raddr", false,-1, 11,0);
    tracep->declQuad(c+2184,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+290,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2447,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+59,"ld_we_w", false,-1);
    tracep->declBit(c+60,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+120,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+121,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2448,"room", false,-1);
    tracep->declBit(c+2449,"idle", false,-1);
    tracep->declBit(c+2450,"drained", false,-1);
    tracep->declBus(c+2451,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+2452,"tr_i_valid", false,-1);
    tracep->declBus(c+2453,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2454,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+2455,"tr_w_valid", false,-1);
    tracep->declBus(c+2456,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2457,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+2458,"tr_m_valid", false,-1);
    tracep->declBus(c+2459,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2460,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+2461,"tr_a_valid", false,-1);
    tracep->declBus(c+2462,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2463,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+2464,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+2465,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+2467,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+2470,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+2471,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2474,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+2475,"se_wide", false,-1, 4,0);
    tracep->declBus(c+2476,"se", false,-1, 2,0);
    tracep->declBus(c+2477,"rows", false,-1, 11,0);
    tracep->declBit(c+2478,"unused_se_high", false,-1);
    tracep->declQuad(c+2479,"q_head", false,-1, 47,0);
    tracep->declBus(c+2451,"q_count", false,-1, 2,0);
    tracep->declBit(c+2481,"pop", false,-1);
    tracep->declBit(c+2482,"q_nonempty", false,-1);
    tracep->declBus(c+2483,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2484,"k_word", false,-1, 20,0);
    tracep->declBus(c+61,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+2485,"col_busy", false,-1);
    tracep->declBit(c+2452,"issue", false,-1);
    tracep->declBus(c+2486,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2453,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2454,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+2487,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+2488,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+2455,"i_valid", false,-1);
    tracep->declBus(c+2490,"i_x", false,-1, 15,0);
    tracep->declBus(c+2456,"i_j", false,-1, 8,0);
    tracep->declBus(c+2457,"i_slot", false,-1, 2,0);
    tracep->declBus(c+2491,"i_active", false,-1, 1,0);
    tracep->declQuad(c+2492,"i_rows", false,-1, 35,0);
    tracep->declBus(c+2494,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+2495,"w_word", false,-1, 47,0);
    tracep->declBit(c+2458,"o_valid", false,-1);
    tracep->declBus(c+2497,"o_x", false,-1, 15,0);
    tracep->declBus(c+2459,"o_j", false,-1, 8,0);
    tracep->declBus(c+2460,"o_slot", false,-1, 2,0);
    tracep->declBus(c+2498,"o_active", false,-1, 1,0);
    tracep->declQuad(c+2499,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+2501,"o_w", false,-1, 47,0);
    tracep->declArray(c+2503,"products", false,-1, 95,0);
    tracep->declBit(c+2461,"a_valid", false,-1);
    tracep->declBus(c+2462,"a_j", false,-1, 8,0);
    tracep->declBus(c+2463,"a_slot", false,-1, 2,0);
    tracep->declBus(c+2464,"a_active", false,-1, 1,0);
    tracep->declQuad(c+2465,"a_rows", false,-1, 35,0);
    tracep->declArray(c+2467,"a_products", false,-1, 95,0);
    tracep->declBus(c+2506,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+2507,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+2509,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+2470,"acc_we", false,-1, 2,0);
    tracep->declArray(c+2471,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2474,"out_we", false,-1, 2,0);
    tracep->declQuad(c+2512,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+2514,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2506,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2516,"acc", false,-1, 31,0);
    tracep->declBus(c+2517,"product", false,-1, 31,0);
    tracep->declBus(c+2518,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2519,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2521,"w", false,-1, 15,0);
    tracep->declBus(c+2497,"x", false,-1, 15,0);
    tracep->declBus(c+2522,"product", false,-1, 31,0);
    tracep->declBus(c+2521,"ws", false,-1, 15,0);
    tracep->declBus(c+2497,"xs", false,-1, 15,0);
    tracep->declBus(c+2522,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2516,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2523,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2524,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2525,"half", false,-1, 32,0);
    tracep->declQuad(c+2527,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2529,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2531,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2532,"acc", false,-1, 31,0);
    tracep->declBus(c+2533,"product", false,-1, 31,0);
    tracep->declBus(c+2534,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2535,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2537,"w", false,-1, 15,0);
    tracep->declBus(c+2497,"x", false,-1, 15,0);
    tracep->declBus(c+2538,"product", false,-1, 31,0);
    tracep->declBus(c+2537,"ws", false,-1, 15,0);
    tracep->declBus(c+2497,"xs", false,-1, 15,0);
    tracep->declBus(c+2538,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2532,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2539,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2540,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2525,"half", false,-1, 32,0);
    tracep->declQuad(c+2541,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2543,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2545,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2546,"acc", false,-1, 31,0);
    tracep->declBus(c+2547,"product", false,-1, 31,0);
    tracep->declBus(c+2548,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2549,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2551,"w", false,-1, 15,0);
    tracep->declBus(c+2497,"x", false,-1, 15,0);
    tracep->declBus(c+2552,"product", false,-1, 31,0);
    tracep->declBus(c+2551,"ws", false,-1, 15,0);
    tracep->declBus(c+2497,"xs", false,-1, 15,0);
    tracep->declBus(c+2552,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2546,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2553,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2554,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2525,"half", false,-1, 32,0);
    tracep->declQuad(c+2555,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2557,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+2507,"raddr", false,-1, 35,0);
    tracep->declArray(c+2509,"rdata", false,-1, 95,0);
    tracep->declBus(c+2470,"we", false,-1, 2,0);
    tracep->declQuad(c+2465,"waddr", false,-1, 35,0);
    tracep->declArray(c+2471,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+120,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+2559,"live", false,-1, 4095,0);
    tracep->declBus(c+2687,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+290,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+2476,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+2482,"head_valid", false,-1);
    tracep->declBus(c+2688,"head_x", false,-1, 15,0);
    tracep->declBus(c+2689,"head_j", false,-1, 8,0);
    tracep->declBus(c+2690,"head_c", false,-1, 8,0);
    tracep->declBus(c+2691,"head_t", false,-1, 6,0);
    tracep->declBus(c+2692,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2481,"pop", false,-1);
    tracep->declBus(c+2483,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2484,"k_word", false,-1, 20,0);
    tracep->declBit(c+2485,"busy", false,-1);
    tracep->declBit(c+2452,"issue", false,-1);
    tracep->declBus(c+2486,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2453,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2454,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+2487,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+2488,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+2485,"col_valid", false,-1);
    tracep->declBit(c+2693,"col_reload", false,-1);
    tracep->declBus(c+2694,"col_x", false,-1, 15,0);
    tracep->declBus(c+2695,"col_j", false,-1, 8,0);
    tracep->declBus(c+2696,"col_c", false,-1, 8,0);
    tracep->declBus(c+2697,"col_t", false,-1, 6,0);
    tracep->declBus(c+2698,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2699,"col_slot", false,-1, 2,0);
    tracep->declBit(c+2700,"k_valid", false,-1);
    tracep->declBus(c+2701,"k_col", false,-1, 8,0);
    tracep->declBus(c+2702,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2703,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2704,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2454,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+2705,"cur_reload", false,-1);
    tracep->declBus(c+2706,"next_slot", false,-1, 2,0);
    tracep->declBit(c+2707,"next_valid", false,-1);
    tracep->declBus(c+2708,"first_b", false,-1, 4,0);
    tracep->declBus(c+2709,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+2710,"base_row", false,-1, 11,0);
    tracep->declBus(c+2454,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2711,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2712,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2713,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2714,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2715+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2721,"k", false,-1, 6,0);
    tracep->declBus(c+2722,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2723,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2724,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2725,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2726,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2727+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2733,"k", false,-1, 6,0);
    tracep->declBus(c+2734,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2735,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2736,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2737,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2738,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+2739+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2745,"k", false,-1, 6,0);
    tracep->declBus(c+2746,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2474,"we", false,-1, 2,0);
    tracep->declQuad(c+2512,"waddr", false,-1, 35,0);
    tracep->declQuad(c+2514,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+121,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2747,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+60,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+61,"wdata", false,-1, 20,0);
    tracep->declBus(c+2483,"raddr", false,-1, 11,0);
    tracep->declBus(c+2484,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2447,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+2481,"pop", false,-1);
    tracep->declQuad(c+2479,"head_data", false,-1, 47,0);
    tracep->declBus(c+2451,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+2748+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2756,"head", false,-1, 1,0);
    tracep->declBus(c+2757,"tail", false,-1, 1,0);
    tracep->declBus(c+2451,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+59,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+2494,"raddr", false,-1, 11,0);
    tracep->declQuad(c+2495,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3071,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3074,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3075,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3072,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBus(c+3070,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBit(c+150,"drain", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+291,"cfg_block_rows", false,-1, 4,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+136,"cfg_relu", false,-1);
    tracep->declBus(c+135,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2758,"push", false,-1);
    tracep->declBus(c+151,"push_x", false,-1, 15,0);
    tracep->declBus(c+126,"push_j", false,-1, 8,0);
    tracep->declBus(c+152,"push_c", false,-1, 8,0);
    tracep->declBus(c+153,"push_t", false,-1, 6,0);
    tracep->declBus(c+154,"push_cm", false,-1, 6,0);
    tracep->declBit(c+62,"ld_we_w", false,-1);
    tracep->declBit(c+63,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 11,0);
    tracep->declQuad(c+41,"ld_data", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_row", false,-1, 11,0);
    tracep->declBus(c+122,"dbg_acc", false,-1, 31,0);
    tracep->declBus(c+123,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2759,"room", false,-1);
    tracep->declBit(c+2760,"idle", false,-1);
    tracep->declBit(c+2761,"drained", false,-1);
    tracep->declBus(c+2762,"tr_qcount", false,-1, 2,0);
    tracep->declBit(c+2763,"tr_i_valid", false,-1);
    tracep->declBus(c+2764,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2765,"tr_i_slot", false,-1, 2,0);
    tracep->declBit(c+2766,"tr_w_valid", false,-1);
    tracep->declBus(c+2767,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2768,"tr_w_slot", false,-1, 2,0);
    tracep->declBit(c+2769,"tr_m_valid", false,-1);
    tracep->declBus(c+2770,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2771,"tr_m_slot", false,-1, 2,0);
    tracep->declBit(c+2772,"tr_a_valid", false,-1);
    tracep->declBus(c+2773,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2774,"tr_a_slot", false,-1, 2,0);
    tracep->declBus(c+2775,"tr_a_active", false,-1, 1,0);
    tracep->declQuad(c+2776,"tr_a_rows", false,-1, 35,0);
    tracep->declArray(c+2778,"tr_a_products", false,-1, 95,0);
    tracep->declBus(c+2781,"tr_acc_we", false,-1, 2,0);
    tracep->declArray(c+2782,"tr_acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2785,"tr_out_we", false,-1, 2,0);
    tracep->declBus(c+3096,"QDW", false,-1, 31,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3098,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3099,"NMUL_M1", false,-1, 4,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3101,"NMUL_R", false,-1, 11,0);
    tracep->declBus(c+3090,"QDEPTH", false,-1, 2,0);
    tracep->declBus(c+2786,"se_wide", false,-1, 4,0);
    tracep->declBus(c+2787,"se", false,-1, 2,0);
    tracep->declBus(c+2788,"rows", false,-1, 11,0);
    tracep->declBit(c+2789,"unused_se_high", false,-1);
    tracep->declQuad(c+2790,"q_head", false,-1, 47,0);
    tracep->declBus(c+2762,"q_count", false,-1, 2,0);
    tracep->declBit(c+2792,"pop", false,-1);
    tracep->declBit(c+2793,"q_nonempty", false,-1);
    tracep->declBus(c+2794,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2795,"k_word", false,-1, 20,0);
    tracep->declBus(c+64,"k_wdata", false,-1, 20,0);
    tracep->declBit(c+2796,"col_busy", false,-1);
    tracep->declBit(c+2763,"issue", false,-1);
    tracep->declBus(c+2797,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2764,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2765,"cur_slot", false,-1, 2,0);
    tracep->declBus(c+2798,"cur_active", false,-1, 1,0);
    tracep->declQuad(c+2799,"cur_rows", false,-1, 35,0);
    tracep->declBit(c+2766,"i_valid", false,-1);
    tracep->declBus(c+2801,"i_x", false,-1, 15,0);
    tracep->declBus(c+2767,"i_j", false,-1, 8,0);
    tracep->declBus(c+2768,"i_slot", false,-1, 2,0);
    tracep->declBus(c+2802,"i_active", false,-1, 1,0);
    tracep->declQuad(c+2803,"i_rows", false,-1, 35,0);
    tracep->declBus(c+2805,"w_addr", false,-1, 11,0);
    tracep->declQuad(c+2806,"w_word", false,-1, 47,0);
    tracep->declBit(c+2769,"o_valid", false,-1);
    tracep->declBus(c+2808,"o_x", false,-1, 15,0);
    tracep->declBus(c+2770,"o_j", false,-1, 8,0);
    tracep->declBus(c+2771,"o_slot", false,-1, 2,0);
    tracep->declBus(c+2809,"o_active", false,-1, 1,0);
    tracep->declQuad(c+2810,"o_rows", false,-1, 35,0);
    tracep->declQuad(c+2812,"o_w", false,-1, 47,0);
    tracep->declArray(c+2814,"products", false,-1, 95,0);
    tracep->declBit(c+2772,"a_valid", false,-1);
    tracep->declBus(c+2773,"a_j", false,-1, 8,0);
    tracep->declBus(c+2774,"a_slot", false,-1, 2,0);
    tracep->declBus(c+2775,"a_active", false,-1, 1,0);
    tracep->declQuad(c+2776,"a_rows", false,-1, 35,0);
    tracep->declArray(c+2778,"a_products", false,-1, 95,0);
    tracep->declBus(c+2817,"d_ptr", false,-1, 11,0);
    tracep->declQuad(c+2818,"acc_raddr", false,-1, 35,0);
    tracep->declArray(c+2820,"acc_rdata", false,-1, 95,0);
    tracep->declBus(c+2781,"acc_we", false,-1, 2,0);
    tracep->declArray(c+2782,"acc_wdata", false,-1, 95,0);
    tracep->declBus(c+2785,"out_we", false,-1, 2,0);
    tracep->declQuad(c+2823,"out_waddr", false,-1, 35,0);
    tracep->declQuad(c+2825,"out_wdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3082,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2817,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2827,"acc", false,-1, 31,0);
    tracep->declBus(c+2828,"product", false,-1, 31,0);
    tracep->declBus(c+2829,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2830,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2832,"w", false,-1, 15,0);
    tracep->declBus(c+2808,"x", false,-1, 15,0);
    tracep->declBus(c+2833,"product", false,-1, 31,0);
    tracep->declBus(c+2832,"ws", false,-1, 15,0);
    tracep->declBus(c+2808,"xs", false,-1, 15,0);
    tracep->declBus(c+2833,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2827,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2834,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2835,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2836,"half", false,-1, 32,0);
    tracep->declQuad(c+2838,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2840,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3083,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2842,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2843,"acc", false,-1, 31,0);
    tracep->declBus(c+2844,"product", false,-1, 31,0);
    tracep->declBus(c+2845,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2846,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2848,"w", false,-1, 15,0);
    tracep->declBus(c+2808,"x", false,-1, 15,0);
    tracep->declBus(c+2849,"product", false,-1, 31,0);
    tracep->declBus(c+2848,"ws", false,-1, 15,0);
    tracep->declBus(c+2808,"xs", false,-1, 15,0);
    tracep->declBus(c+2849,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2843,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2850,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2851,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2836,"half", false,-1, 32,0);
    tracep->declQuad(c+2852,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2854,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3084,"LANE_L", false,-1, 1,0);
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+2856,"d_row", false,-1, 11,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2857,"acc", false,-1, 31,0);
    tracep->declBus(c+2858,"product", false,-1, 31,0);
    tracep->declBus(c+2859,"sum", false,-1, 31,0);
    tracep->declBus(c+3103,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3104,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3106,"MIN", false,-1, 32,0);
    tracep->declBus(c+3108,"MAX_A", false,-1, 31,0);
    tracep->declBus(c+3109,"MIN_A", false,-1, 31,0);
    tracep->declQuad(c+2860,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2862,"w", false,-1, 15,0);
    tracep->declBus(c+2808,"x", false,-1, 15,0);
    tracep->declBus(c+2863,"product", false,-1, 31,0);
    tracep->declBus(c+2862,"ws", false,-1, 15,0);
    tracep->declBus(c+2808,"xs", false,-1, 15,0);
    tracep->declBus(c+2863,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3073,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2857,"acc", false,-1, 31,0);
    tracep->declBit(c+136,"relu", false,-1);
    tracep->declBus(c+135,"frac", false,-1, 3,0);
    tracep->declBus(c+2864,"out", false,-1, 15,0);
    tracep->declBus(c+3103,"QW", false,-1, 31,0);
    tracep->declQuad(c+3110,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3112,"MIN", false,-1, 32,0);
    tracep->declBus(c+2865,"rectified", false,-1, 31,0);
    tracep->declQuad(c+2836,"half", false,-1, 32,0);
    tracep->declQuad(c+2866,"rounded", false,-1, 32,0);
    tracep->declQuad(c+2868,"shifted", false,-1, 32,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3073,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declQuad(c+2818,"raddr", false,-1, 35,0);
    tracep->declArray(c+2820,"rdata", false,-1, 95,0);
    tracep->declBus(c+2781,"we", false,-1, 2,0);
    tracep->declQuad(c+2776,"waddr", false,-1, 35,0);
    tracep->declArray(c+2782,"wdata", false,-1, 95,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+122,"dbg_data", false,-1, 31,0);
    tracep->declArray(c+2870,"live", false,-1, 4095,0);
    tracep->declBus(c+2998,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3070,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3079,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3076,"PW", false,-1, 31,0);
    tracep->declBus(c+3077,"CW", false,-1, 31,0);
    tracep->declBus(c+3070,"SW", false,-1, 31,0);
    tracep->declBus(c+3080,"LW", false,-1, 31,0);
    tracep->declBus(c+3078,"BW", false,-1, 31,0);
    tracep->declBus(c+3081,"RW", false,-1, 31,0);
    tracep->declBus(c+3081,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+38,"clear", false,-1);
    tracep->declBit(c+149,"compute", false,-1);
    tracep->declBus(c+134,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+291,"cfg_block_rows", false,-1, 4,0);
    tracep->declBus(c+2787,"slots", false,-1, 2,0);
    tracep->declBit(c+137,"cfg_formula", false,-1);
    tracep->declBit(c+2793,"head_valid", false,-1);
    tracep->declBus(c+2999,"head_x", false,-1, 15,0);
    tracep->declBus(c+3000,"head_j", false,-1, 8,0);
    tracep->declBus(c+3001,"head_c", false,-1, 8,0);
    tracep->declBus(c+3002,"head_t", false,-1, 6,0);
    tracep->declBus(c+3003,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2792,"pop", false,-1);
    tracep->declBus(c+2794,"k_addr", false,-1, 11,0);
    tracep->declBus(c+2795,"k_word", false,-1, 20,0);
    tracep->declBit(c+2796,"busy", false,-1);
    tracep->declBit(c+2763,"issue", false,-1);
    tracep->declBus(c+2797,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2764,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2765,"issue_slot", false,-1, 2,0);
    tracep->declBus(c+2798,"issue_active", false,-1, 1,0);
    tracep->declQuad(c+2799,"issue_rows", false,-1, 35,0);
    tracep->declBus(c+3097,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3100,"NMUL_B", false,-1, 4,0);
    tracep->declBus(c+3085,"NMUL_L", false,-1, 1,0);
    tracep->declBus(c+3070,"KAW", false,-1, 31,0);
    tracep->declBit(c+2796,"col_valid", false,-1);
    tracep->declBit(c+3004,"col_reload", false,-1);
    tracep->declBus(c+3005,"col_x", false,-1, 15,0);
    tracep->declBus(c+3006,"col_j", false,-1, 8,0);
    tracep->declBus(c+3007,"col_c", false,-1, 8,0);
    tracep->declBus(c+3008,"col_t", false,-1, 6,0);
    tracep->declBus(c+3009,"col_cm", false,-1, 6,0);
    tracep->declBus(c+3010,"col_slot", false,-1, 2,0);
    tracep->declBit(c+3011,"k_valid", false,-1);
    tracep->declBus(c+3012,"k_col", false,-1, 8,0);
    tracep->declBus(c+3013,"cur_c", false,-1, 8,0);
    tracep->declBus(c+3014,"cur_t", false,-1, 6,0);
    tracep->declBus(c+3015,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2765,"cur_slot", false,-1, 2,0);
    tracep->declBit(c+3016,"cur_reload", false,-1);
    tracep->declBus(c+3017,"next_slot", false,-1, 2,0);
    tracep->declBit(c+3018,"next_valid", false,-1);
    tracep->declBus(c+3019,"first_b", false,-1, 4,0);
    tracep->declBus(c+3020,"rest_b", false,-1, 4,0);
    tracep->declBus(c+841,"p_wide", false,-1, 11,0);
    tracep->declBus(c+3021,"base_row", false,-1, 11,0);
    tracep->declBus(c+2765,"k_index", false,-1, 2,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3102,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+3022,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3023,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3024,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3025,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+3026+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3032,"k", false,-1, 6,0);
    tracep->declBus(c+3033,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->declBus(c+3114,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+3034,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3035,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3036,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3037,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+3038+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3044,"k", false,-1, 6,0);
    tracep->declBus(c+3045,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->declBus(c+3115,"LANE_R", false,-1, 11,0);
    tracep->declBus(c+3046,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3047,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3048,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3049,"k_load", false,-1, 6,0);
    for (int i = 0; i < 6; ++i) {
        tracep->declBus(c+3050+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3056,"k", false,-1, 6,0);
    tracep->declBus(c+3057,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2785,"we", false,-1, 2,0);
    tracep->declQuad(c+2823,"waddr", false,-1, 35,0);
    tracep->declQuad(c+2825,"wdata", false,-1, 47,0);
    tracep->declBus(c+27,"dbg_addr", false,-1, 11,0);
    tracep->declBus(c+123,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+3058,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3076,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+63,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declBus(c+64,"wdata", false,-1, 20,0);
    tracep->declBus(c+2794,"raddr", false,-1, 11,0);
    tracep->declBus(c+2795,"rdata", false,-1, 20,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3071,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3096,"DW", false,-1, 31,0);
    tracep->declBus(c+3070,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2758,"push", false,-1);
    tracep->declQuad(c+880,"push_data", false,-1, 47,0);
    tracep->declBit(c+2792,"pop", false,-1);
    tracep->declQuad(c+2790,"head_data", false,-1, 47,0);
    tracep->declBus(c+2762,"count", false,-1, 2,0);
    tracep->declBus(c+3080,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3097,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3085,"LAST", false,-1, 1,0);
    for (int i = 0; i < 4; ++i) {
        tracep->declQuad(c+3059+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+3067,"head", false,-1, 1,0);
    tracep->declBus(c+3068,"tail", false,-1, 1,0);
    tracep->declBus(c+2762,"cnt", false,-1, 2,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3081,"AW", false,-1, 31,0);
    tracep->declBus(c+3070,"LANES", false,-1, 31,0);
    tracep->declBus(c+3072,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+62,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 11,0);
    tracep->declQuad(c+41,"wdata", false,-1, 47,0);
    tracep->declBus(c+2805,"raddr", false,-1, 11,0);
    tracep->declQuad(c+2806,"rdata", false,-1, 47,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_init_top(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_init_top\n"); );
    // Body
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__0(vlSelf, tracep);
    tracep->pushNamePrefix("permdnn_engine ");
    tracep->pushNamePrefix("g_pe[0] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[1] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[2] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[3] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[4] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[5] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[6] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[7] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul3_q4_s16_a32___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(3);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_full_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp);
void Vpe8_mul3_q4_s16_a32___024root__trace_chg_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp);
void Vpe8_mul3_q4_s16_a32___024root__trace_cleanup(void* voidSelf, VerilatedVcd* /*unused*/);

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_register(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_register\n"); );
    // Body
    tracep->addFullCb(&Vpe8_mul3_q4_s16_a32___024root__trace_full_top_0, vlSelf);
    tracep->addChgCb(&Vpe8_mul3_q4_s16_a32___024root__trace_chg_top_0, vlSelf);
    tracep->addCleanupCb(&Vpe8_mul3_q4_s16_a32___024root__trace_cleanup, vlSelf);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_full_sub_0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp);

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_full_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_full_top_0\n"); );
    // Init
    Vpe8_mul3_q4_s16_a32___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul3_q4_s16_a32___024root*>(voidSelf);
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    Vpe8_mul3_q4_s16_a32___024root__trace_full_sub_0((&vlSymsp->TOP), bufp);
}

VL_ATTR_COLD void Vpe8_mul3_q4_s16_a32___024root__trace_full_sub_0(Vpe8_mul3_q4_s16_a32___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul3_q4_s16_a32__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul3_q4_s16_a32___024root__trace_full_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode);
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
    bufp->fullIData(oldp+1,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__i),32);
    bufp->fullBit(oldp+2,(vlSelf->__Vcellinp__permdnn_engine__clk));
    bufp->fullBit(oldp+3,(vlSelf->__Vcellinp__permdnn_engine__rst));
    bufp->fullBit(oldp+4,(vlSelf->__Vcellinp__permdnn_engine__start));
    bufp->fullSData(oldp+5,(vlSelf->__Vcellinp__permdnn_engine__cfg_n),9);
    bufp->fullCData(oldp+6,(vlSelf->__Vcellinp__permdnn_engine__cfg_first_word),5);
    bufp->fullSData(oldp+7,(vlSelf->__Vcellinp__permdnn_engine__cfg_end),9);
    bufp->fullBit(oldp+8,(vlSelf->__Vcellinp__permdnn_engine__cfg_continue));
    bufp->fullBit(oldp+9,(vlSelf->__Vcellinp__permdnn_engine__cfg_drain));
    bufp->fullCData(oldp+10,(vlSelf->__Vcellinp__permdnn_engine__cfg_p),7);
    bufp->fullCData(oldp+11,(vlSelf->__Vcellinp__permdnn_engine__cfg_frac),4);
    bufp->fullBit(oldp+12,(vlSelf->__Vcellinp__permdnn_engine__cfg_relu));
    bufp->fullBit(oldp+13,(vlSelf->__Vcellinp__permdnn_engine__cfg_formula));
    bufp->fullBit(oldp+14,(vlSelf->__Vcellinp__permdnn_engine__ld_we));
    bufp->fullCData(oldp+15,(vlSelf->__Vcellinp__permdnn_engine__ld_sel),2);
    bufp->fullCData(oldp+16,(vlSelf->__Vcellinp__permdnn_engine__ld_pe),3);
    bufp->fullSData(oldp+17,(vlSelf->__Vcellinp__permdnn_engine__ld_addr),12);
    bufp->fullWData(oldp+18,(vlSelf->__Vcellinp__permdnn_engine__ld_data),256);
    bufp->fullCData(oldp+26,(vlSelf->__Vcellinp__permdnn_engine__dbg_pe),3);
    bufp->fullSData(oldp+27,(vlSelf->__Vcellinp__permdnn_engine__dbg_row),12);
    bufp->fullBit(oldp+28,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected));
    bufp->fullBit(oldp+29,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected));
    bufp->fullBit(oldp+30,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected));
    bufp->fullBit(oldp+31,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected));
    bufp->fullBit(oldp+32,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected));
    bufp->fullBit(oldp+33,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected));
    bufp->fullBit(oldp+34,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected));
    bufp->fullBit(oldp+35,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected));
    bufp->fullBit(oldp+36,(vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we));
    bufp->fullCData(oldp+37,((0xfU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr))),4);
    bufp->fullBit(oldp+38,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear));
    bufp->fullBit(oldp+39,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+40,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__ld_we_k));
    bufp->fullQData(oldp+41,((0xffffffffffffULL & (
                                                   ((QData)((IData)(
                                                                    vlSelf->__Vcellinp__permdnn_engine__ld_data[1U])) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     vlSelf->__Vcellinp__permdnn_engine__ld_data[0U]))))),48);
    bufp->fullIData(oldp+43,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+44,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+45,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+46,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+47,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+48,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+49,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+50,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+51,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+52,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+53,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+54,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+55,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+56,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+57,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+58,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+59,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+60,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+61,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullBit(oldp+62,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_w));
    bufp->fullBit(oldp+63,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__ld_we_k));
    bufp->fullIData(oldp+64,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__k_wdata),21);
    bufp->fullIData(oldp+65,(vlSelf->permdnn_engine__DOT__pe_acc
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),32);
    bufp->fullSData(oldp+66,(vlSelf->permdnn_engine__DOT__pe_out
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),16);
    bufp->fullBit(oldp+67,((1U & ((IData)(vlSelf->permdnn_engine__DOT__active) 
                                  >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe)))));
    bufp->fullCData(oldp+68,(vlSelf->permdnn_engine__DOT__pe_qcount
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
    bufp->fullBit(oldp+69,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+70,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+71,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f38ae60__0))),3);
    bufp->fullBit(oldp+72,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+73,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+74,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1071ddd__0))),3);
    bufp->fullBit(oldp+75,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+76,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+77,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1cedca__0))),3);
    bufp->fullBit(oldp+78,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0) 
                                  >> 0xcU))));
    bufp->fullSData(oldp+79,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0) 
                                        >> 3U))),9);
    bufp->fullCData(oldp+80,((7U & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha67244bc__0))),3);
    bufp->fullCData(oldp+81,(vlSelf->permdnn_engine__DOT__pe_a_active
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),2);
    bufp->fullQData(oldp+82,(vlSelf->permdnn_engine__DOT__pe_a_rows
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),36);
    __Vtemp_h79e5cd07__0[0U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_h79e5cd07__0[1U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_h79e5cd07__0[2U] = vlSelf->permdnn_engine__DOT__pe_a_prod
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    bufp->fullWData(oldp+84,(__Vtemp_h79e5cd07__0),96);
    bufp->fullCData(oldp+87,(vlSelf->permdnn_engine__DOT__pe_acc_we
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
    __Vtemp_ha4832ddf__0[0U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][0U];
    __Vtemp_ha4832ddf__0[1U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][1U];
    __Vtemp_ha4832ddf__0[2U] = vlSelf->permdnn_engine__DOT__pe_acc_wdata
        [vlSelf->__Vcellinp__permdnn_engine__dbg_pe][2U];
    bufp->fullWData(oldp+88,(__Vtemp_ha4832ddf__0),96);
    bufp->fullCData(oldp+91,(vlSelf->permdnn_engine__DOT__pe_out_we
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),3);
    bufp->fullIData(oldp+92,(vlSelf->permdnn_engine__DOT__pe_acc[0]),32);
    bufp->fullIData(oldp+93,(vlSelf->permdnn_engine__DOT__pe_acc[1]),32);
    bufp->fullIData(oldp+94,(vlSelf->permdnn_engine__DOT__pe_acc[2]),32);
    bufp->fullIData(oldp+95,(vlSelf->permdnn_engine__DOT__pe_acc[3]),32);
    bufp->fullIData(oldp+96,(vlSelf->permdnn_engine__DOT__pe_acc[4]),32);
    bufp->fullIData(oldp+97,(vlSelf->permdnn_engine__DOT__pe_acc[5]),32);
    bufp->fullIData(oldp+98,(vlSelf->permdnn_engine__DOT__pe_acc[6]),32);
    bufp->fullIData(oldp+99,(vlSelf->permdnn_engine__DOT__pe_acc[7]),32);
    bufp->fullSData(oldp+100,(vlSelf->permdnn_engine__DOT__pe_out[0]),16);
    bufp->fullSData(oldp+101,(vlSelf->permdnn_engine__DOT__pe_out[1]),16);
    bufp->fullSData(oldp+102,(vlSelf->permdnn_engine__DOT__pe_out[2]),16);
    bufp->fullSData(oldp+103,(vlSelf->permdnn_engine__DOT__pe_out[3]),16);
    bufp->fullSData(oldp+104,(vlSelf->permdnn_engine__DOT__pe_out[4]),16);
    bufp->fullSData(oldp+105,(vlSelf->permdnn_engine__DOT__pe_out[5]),16);
    bufp->fullSData(oldp+106,(vlSelf->permdnn_engine__DOT__pe_out[6]),16);
    bufp->fullSData(oldp+107,(vlSelf->permdnn_engine__DOT__pe_out[7]),16);
    bufp->fullIData(oldp+108,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+110,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+112,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+114,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+115,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+116,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+118,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+120,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+122,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),32);
    bufp->fullSData(oldp+123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullCData(oldp+124,(vlSelf->__Vcellout__permdnn_engine__nzd_action),2);
    bufp->fullCData(oldp+125,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word),5);
    bufp->fullSData(oldp+126,(vlSelf->__Vcellout__permdnn_engine__nzd_j),9);
    bufp->fullBit(oldp+127,(vlSelf->__Vcellout__permdnn_engine__draining));
    bufp->fullBit(oldp+128,(vlSelf->permdnn_engine__DOT__running));
    bufp->fullBit(oldp+129,(((IData)(vlSelf->permdnn_engine__DOT__finished) 
                             | (IData)(vlSelf->permdnn_engine__DOT__finish))));
    bufp->fullIData(oldp+130,(vlSelf->permdnn_engine__DOT__cycle_r),32);
    bufp->fullSData(oldp+131,(vlSelf->permdnn_engine__DOT__n_r),9);
    bufp->fullSData(oldp+132,(vlSelf->permdnn_engine__DOT__end_r),9);
    bufp->fullBit(oldp+133,(vlSelf->permdnn_engine__DOT__drain_cfg_r));
    bufp->fullCData(oldp+134,(vlSelf->permdnn_engine__DOT__p_r),7);
    bufp->fullCData(oldp+135,(vlSelf->permdnn_engine__DOT__frac_r),4);
    bufp->fullBit(oldp+136,(vlSelf->permdnn_engine__DOT__relu_r));
    bufp->fullBit(oldp+137,(vlSelf->permdnn_engine__DOT__formula_r));
    bufp->fullBit(oldp+138,(vlSelf->permdnn_engine__DOT__drain_r));
    bufp->fullBit(oldp+139,(vlSelf->permdnn_engine__DOT__finished));
    bufp->fullCData(oldp+140,(vlSelf->permdnn_engine__DOT__active),8);
    bufp->fullCData(oldp+141,((((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                << 7U) | (((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                           << 6U) | 
                                          (((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
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
    bufp->fullCData(oldp+142,(vlSelf->permdnn_engine__DOT__idle),8);
    bufp->fullCData(oldp+143,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
                                << 7U) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained) 
                                           << 6U) | 
                                          (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained) 
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
    bufp->fullBit(oldp+144,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
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
    bufp->fullBit(oldp+145,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                | (IData)(vlSelf->permdnn_engine__DOT__idle))))));
    bufp->fullBit(oldp+146,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
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
    bufp->fullBit(oldp+147,(((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                             & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending)))));
    bufp->fullBit(oldp+148,(vlSelf->permdnn_engine__DOT__finish));
    bufp->fullBit(oldp+149,(vlSelf->permdnn_engine__DOT__compute));
    bufp->fullBit(oldp+150,(vlSelf->permdnn_engine__DOT__pe_drain));
    bufp->fullSData(oldp+151,(vlSelf->permdnn_engine__DOT__b_x),16);
    bufp->fullSData(oldp+152,(vlSelf->permdnn_engine__DOT__b_c),9);
    bufp->fullCData(oldp+153,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide))),7);
    bufp->fullCData(oldp+154,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide))),7);
    bufp->fullBit(oldp+155,((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))));
    bufp->fullCData(oldp+156,(vlSelf->permdnn_engine__DOT__pe_qcount[0]),3);
    bufp->fullCData(oldp+157,(vlSelf->permdnn_engine__DOT__pe_qcount[1]),3);
    bufp->fullCData(oldp+158,(vlSelf->permdnn_engine__DOT__pe_qcount[2]),3);
    bufp->fullCData(oldp+159,(vlSelf->permdnn_engine__DOT__pe_qcount[3]),3);
    bufp->fullCData(oldp+160,(vlSelf->permdnn_engine__DOT__pe_qcount[4]),3);
    bufp->fullCData(oldp+161,(vlSelf->permdnn_engine__DOT__pe_qcount[5]),3);
    bufp->fullCData(oldp+162,(vlSelf->permdnn_engine__DOT__pe_qcount[6]),3);
    bufp->fullCData(oldp+163,(vlSelf->permdnn_engine__DOT__pe_qcount[7]),3);
    bufp->fullSData(oldp+164,(vlSelf->permdnn_engine__DOT__pe_i[0]),13);
    bufp->fullSData(oldp+165,(vlSelf->permdnn_engine__DOT__pe_i[1]),13);
    bufp->fullSData(oldp+166,(vlSelf->permdnn_engine__DOT__pe_i[2]),13);
    bufp->fullSData(oldp+167,(vlSelf->permdnn_engine__DOT__pe_i[3]),13);
    bufp->fullSData(oldp+168,(vlSelf->permdnn_engine__DOT__pe_i[4]),13);
    bufp->fullSData(oldp+169,(vlSelf->permdnn_engine__DOT__pe_i[5]),13);
    bufp->fullSData(oldp+170,(vlSelf->permdnn_engine__DOT__pe_i[6]),13);
    bufp->fullSData(oldp+171,(vlSelf->permdnn_engine__DOT__pe_i[7]),13);
    bufp->fullSData(oldp+172,(vlSelf->permdnn_engine__DOT__pe_w[0]),13);
    bufp->fullSData(oldp+173,(vlSelf->permdnn_engine__DOT__pe_w[1]),13);
    bufp->fullSData(oldp+174,(vlSelf->permdnn_engine__DOT__pe_w[2]),13);
    bufp->fullSData(oldp+175,(vlSelf->permdnn_engine__DOT__pe_w[3]),13);
    bufp->fullSData(oldp+176,(vlSelf->permdnn_engine__DOT__pe_w[4]),13);
    bufp->fullSData(oldp+177,(vlSelf->permdnn_engine__DOT__pe_w[5]),13);
    bufp->fullSData(oldp+178,(vlSelf->permdnn_engine__DOT__pe_w[6]),13);
    bufp->fullSData(oldp+179,(vlSelf->permdnn_engine__DOT__pe_w[7]),13);
    bufp->fullSData(oldp+180,(vlSelf->permdnn_engine__DOT__pe_m[0]),13);
    bufp->fullSData(oldp+181,(vlSelf->permdnn_engine__DOT__pe_m[1]),13);
    bufp->fullSData(oldp+182,(vlSelf->permdnn_engine__DOT__pe_m[2]),13);
    bufp->fullSData(oldp+183,(vlSelf->permdnn_engine__DOT__pe_m[3]),13);
    bufp->fullSData(oldp+184,(vlSelf->permdnn_engine__DOT__pe_m[4]),13);
    bufp->fullSData(oldp+185,(vlSelf->permdnn_engine__DOT__pe_m[5]),13);
    bufp->fullSData(oldp+186,(vlSelf->permdnn_engine__DOT__pe_m[6]),13);
    bufp->fullSData(oldp+187,(vlSelf->permdnn_engine__DOT__pe_m[7]),13);
    bufp->fullSData(oldp+188,(vlSelf->permdnn_engine__DOT__pe_a[0]),13);
    bufp->fullSData(oldp+189,(vlSelf->permdnn_engine__DOT__pe_a[1]),13);
    bufp->fullSData(oldp+190,(vlSelf->permdnn_engine__DOT__pe_a[2]),13);
    bufp->fullSData(oldp+191,(vlSelf->permdnn_engine__DOT__pe_a[3]),13);
    bufp->fullSData(oldp+192,(vlSelf->permdnn_engine__DOT__pe_a[4]),13);
    bufp->fullSData(oldp+193,(vlSelf->permdnn_engine__DOT__pe_a[5]),13);
    bufp->fullSData(oldp+194,(vlSelf->permdnn_engine__DOT__pe_a[6]),13);
    bufp->fullSData(oldp+195,(vlSelf->permdnn_engine__DOT__pe_a[7]),13);
    bufp->fullCData(oldp+196,(vlSelf->permdnn_engine__DOT__pe_a_active[0]),2);
    bufp->fullCData(oldp+197,(vlSelf->permdnn_engine__DOT__pe_a_active[1]),2);
    bufp->fullCData(oldp+198,(vlSelf->permdnn_engine__DOT__pe_a_active[2]),2);
    bufp->fullCData(oldp+199,(vlSelf->permdnn_engine__DOT__pe_a_active[3]),2);
    bufp->fullCData(oldp+200,(vlSelf->permdnn_engine__DOT__pe_a_active[4]),2);
    bufp->fullCData(oldp+201,(vlSelf->permdnn_engine__DOT__pe_a_active[5]),2);
    bufp->fullCData(oldp+202,(vlSelf->permdnn_engine__DOT__pe_a_active[6]),2);
    bufp->fullCData(oldp+203,(vlSelf->permdnn_engine__DOT__pe_a_active[7]),2);
    bufp->fullQData(oldp+204,(vlSelf->permdnn_engine__DOT__pe_a_rows[0]),36);
    bufp->fullQData(oldp+206,(vlSelf->permdnn_engine__DOT__pe_a_rows[1]),36);
    bufp->fullQData(oldp+208,(vlSelf->permdnn_engine__DOT__pe_a_rows[2]),36);
    bufp->fullQData(oldp+210,(vlSelf->permdnn_engine__DOT__pe_a_rows[3]),36);
    bufp->fullQData(oldp+212,(vlSelf->permdnn_engine__DOT__pe_a_rows[4]),36);
    bufp->fullQData(oldp+214,(vlSelf->permdnn_engine__DOT__pe_a_rows[5]),36);
    bufp->fullQData(oldp+216,(vlSelf->permdnn_engine__DOT__pe_a_rows[6]),36);
    bufp->fullQData(oldp+218,(vlSelf->permdnn_engine__DOT__pe_a_rows[7]),36);
    bufp->fullWData(oldp+220,(vlSelf->permdnn_engine__DOT__pe_a_prod[0]),96);
    bufp->fullWData(oldp+223,(vlSelf->permdnn_engine__DOT__pe_a_prod[1]),96);
    bufp->fullWData(oldp+226,(vlSelf->permdnn_engine__DOT__pe_a_prod[2]),96);
    bufp->fullWData(oldp+229,(vlSelf->permdnn_engine__DOT__pe_a_prod[3]),96);
    bufp->fullWData(oldp+232,(vlSelf->permdnn_engine__DOT__pe_a_prod[4]),96);
    bufp->fullWData(oldp+235,(vlSelf->permdnn_engine__DOT__pe_a_prod[5]),96);
    bufp->fullWData(oldp+238,(vlSelf->permdnn_engine__DOT__pe_a_prod[6]),96);
    bufp->fullWData(oldp+241,(vlSelf->permdnn_engine__DOT__pe_a_prod[7]),96);
    bufp->fullCData(oldp+244,(vlSelf->permdnn_engine__DOT__pe_acc_we[0]),3);
    bufp->fullCData(oldp+245,(vlSelf->permdnn_engine__DOT__pe_acc_we[1]),3);
    bufp->fullCData(oldp+246,(vlSelf->permdnn_engine__DOT__pe_acc_we[2]),3);
    bufp->fullCData(oldp+247,(vlSelf->permdnn_engine__DOT__pe_acc_we[3]),3);
    bufp->fullCData(oldp+248,(vlSelf->permdnn_engine__DOT__pe_acc_we[4]),3);
    bufp->fullCData(oldp+249,(vlSelf->permdnn_engine__DOT__pe_acc_we[5]),3);
    bufp->fullCData(oldp+250,(vlSelf->permdnn_engine__DOT__pe_acc_we[6]),3);
    bufp->fullCData(oldp+251,(vlSelf->permdnn_engine__DOT__pe_acc_we[7]),3);
    bufp->fullWData(oldp+252,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[0]),96);
    bufp->fullWData(oldp+255,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[1]),96);
    bufp->fullWData(oldp+258,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[2]),96);
    bufp->fullWData(oldp+261,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[3]),96);
    bufp->fullWData(oldp+264,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[4]),96);
    bufp->fullWData(oldp+267,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[5]),96);
    bufp->fullWData(oldp+270,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[6]),96);
    bufp->fullWData(oldp+273,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[7]),96);
    bufp->fullCData(oldp+276,(vlSelf->permdnn_engine__DOT__pe_out_we[0]),3);
    bufp->fullCData(oldp+277,(vlSelf->permdnn_engine__DOT__pe_out_we[1]),3);
    bufp->fullCData(oldp+278,(vlSelf->permdnn_engine__DOT__pe_out_we[2]),3);
    bufp->fullCData(oldp+279,(vlSelf->permdnn_engine__DOT__pe_out_we[3]),3);
    bufp->fullCData(oldp+280,(vlSelf->permdnn_engine__DOT__pe_out_we[4]),3);
    bufp->fullCData(oldp+281,(vlSelf->permdnn_engine__DOT__pe_out_we[5]),3);
    bufp->fullCData(oldp+282,(vlSelf->permdnn_engine__DOT__pe_out_we[6]),3);
    bufp->fullCData(oldp+283,(vlSelf->permdnn_engine__DOT__pe_out_we[7]),3);
    bufp->fullCData(oldp+284,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+285,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+286,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+287,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+288,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+289,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+290,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows),5);
    bufp->fullCData(oldp+291,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows),5);
    bufp->fullSData(oldp+292,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base),10);
    bufp->fullSData(oldp+293,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base),9);
    bufp->fullSData(oldp+294,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending),16);
    bufp->fullWData(oldp+295,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__held),256);
    bufp->fullWData(oldp+303,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata),256);
    bufp->fullBit(oldp+311,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more));
    bufp->fullSData(oldp+312,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining),10);
    bufp->fullBit(oldp+313,((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))));
    bufp->fullSData(oldp+314,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask),16);
    bufp->fullCData(oldp+315,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos),4);
    bufp->fullSData(oldp+316,(vlSelf->permdnn_engine__DOT__p_r),9);
    bufp->fullSData(oldp+317,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                                         * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),9);
    bufp->fullSData(oldp+318,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide),9);
    bufp->fullSData(oldp+319,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide),9);
    bufp->fullBit(oldp+320,((1U & VL_REDXOR_32((3U 
                                                & (((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                    ^ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide)) 
                                                   >> 7U))))));
    bufp->fullCData(oldp+321,((0xfU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))),4);
    bufp->fullSData(oldp+322,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+323,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+324,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+325,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+326,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+327,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+328,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+329,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+330,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+331,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+332,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+333,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+334,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+335,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+336,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+337,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__0__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+338,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+339,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+340,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+341,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+342,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+343,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+344,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+345,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+346,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+347,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+348,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+349,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+350,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+351,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+352,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+353,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__10__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+354,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+355,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+356,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+357,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+358,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+359,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+360,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+361,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+362,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+363,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+364,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+365,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+366,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+367,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+368,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+369,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__11__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+370,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+371,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+372,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+373,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+374,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+375,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+376,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+377,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+378,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+379,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+380,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+381,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+382,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+383,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+384,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+385,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__12__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+386,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+387,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+388,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+389,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+390,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+391,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+392,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+393,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+394,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+395,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+396,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+397,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+398,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+399,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+400,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+401,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__13__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+402,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+403,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+404,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+405,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+406,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+407,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+408,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+409,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+410,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+411,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+412,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+413,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+414,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+415,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+416,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+417,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__14__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+418,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+419,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+420,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+421,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+422,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+423,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+424,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+425,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+426,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+427,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+428,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+429,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+430,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+431,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+432,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+433,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__15__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+434,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+435,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+436,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+437,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+438,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+439,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+440,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+441,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+442,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+443,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+444,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+445,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+446,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+447,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+448,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+449,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__1__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+450,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+451,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+452,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+453,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+454,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+455,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+456,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+457,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+458,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+459,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+460,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+461,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+462,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+463,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+464,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+465,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__2__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+466,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+467,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+468,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+469,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+470,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+471,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+472,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+473,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+474,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+475,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+476,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+477,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+478,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+479,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+480,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+481,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__3__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+482,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+483,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+484,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+485,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+486,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+487,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+488,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+489,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+490,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+491,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+492,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+493,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+494,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+495,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+496,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+497,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__4__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+498,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+499,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+500,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+501,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+502,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+503,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+504,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+505,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+506,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+507,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+508,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+509,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+510,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+511,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+512,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+513,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__5__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+514,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+515,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+516,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+517,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+518,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+519,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+520,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+521,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+522,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+523,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+524,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+525,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+526,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+527,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+528,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+529,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__6__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+530,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+531,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+532,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+533,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+534,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+535,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+536,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+537,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+538,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+539,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+540,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+541,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+542,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+543,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+544,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+545,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__7__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+546,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+547,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+548,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+549,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+550,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+551,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+552,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+553,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+554,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+555,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+556,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+557,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+558,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+559,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+560,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+561,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__8__KET____DOT__mem[15]),16);
    bufp->fullSData(oldp+562,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[0]),16);
    bufp->fullSData(oldp+563,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[1]),16);
    bufp->fullSData(oldp+564,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[2]),16);
    bufp->fullSData(oldp+565,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[3]),16);
    bufp->fullSData(oldp+566,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[4]),16);
    bufp->fullSData(oldp+567,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[5]),16);
    bufp->fullSData(oldp+568,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[6]),16);
    bufp->fullSData(oldp+569,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[7]),16);
    bufp->fullSData(oldp+570,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[8]),16);
    bufp->fullSData(oldp+571,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[9]),16);
    bufp->fullSData(oldp+572,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[10]),16);
    bufp->fullSData(oldp+573,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[11]),16);
    bufp->fullSData(oldp+574,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[12]),16);
    bufp->fullSData(oldp+575,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[13]),16);
    bufp->fullSData(oldp+576,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[14]),16);
    bufp->fullSData(oldp+577,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__u_buffer__DOT__g_lane__BRA__9__KET____DOT__mem[15]),16);
    bufp->fullBit(oldp+578,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+579,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+580,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+582,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+584,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+585,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+586,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+587,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+589,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+590,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+592,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+593,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+595,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+605,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+606,((0x1fU & VL_DIV_III(5, 
                                                  (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+607,((7U & VL_DIV_III(5, (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+608,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+609,((1U & VL_REDXOR_32((3U 
                                                & (VL_DIV_III(5, 
                                                              (0x1fU 
                                                               & ((IData)(2U) 
                                                                  + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))), (IData)(3U)) 
                                                   >> 3U))))));
    bufp->fullQData(oldp+610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+612,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+613,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+614,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+615,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                             << 7U) 
                                            | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+616,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+617,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U))))),16);
    bufp->fullCData(oldp+618,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+619,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+621,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+622,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+625,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+626,((((QData)((IData)(((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr] 
                                                  << 0x10U) 
                                                 | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr]))) 
                                << 0x10U) | (QData)((IData)(
                                                            vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+628,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+630,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+632,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_h32cdafa3__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+634,(__Vtemp_h32cdafa3__0),96);
    bufp->fullSData(oldp+637,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+638,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+640,(__Vtemp_hfc3b8210__0),96);
    bufp->fullQData(oldp+643,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+645,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+647,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+648,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+649,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+650,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+652,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+653,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+654,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+655,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+656,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+658,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+660,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+662,((0xfffU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+664,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+665,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+668,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x10U)))),16);
    bufp->fullIData(oldp+669,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x10U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+670,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+671,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+672,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+674,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+676,((0xfffU & ((IData)(2U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+677,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+678,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+679,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+680,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+682,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x20U)))),16);
    bufp->fullIData(oldp+683,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x20U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+684,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+685,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+686,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+688,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+690,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+818,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+819,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x20U)))),16);
    bufp->fullSData(oldp+820,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0x17U)))),9);
    bufp->fullSData(oldp+821,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0xeU)))),9);
    bufp->fullCData(oldp+822,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                >> 7U)))),7);
    bufp->fullCData(oldp+823,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+826,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+831,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+832,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+833,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                          : (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU))))),9);
    bufp->fullCData(oldp+834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+836,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+837,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+839,((0x1fU & ((IData)(3U) 
                                        * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+841,(vlSelf->permdnn_engine__DOT__p_r),12);
    bufp->fullSData(oldp+842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+845,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+850,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+853,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+854,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+855,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+856,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+857,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+859,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+860,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+861,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+862,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+863,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+864,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+865,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+866,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+867,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+869,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+871,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+872,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+873,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+874,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+875,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+877,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+878,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+879,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+880,((((QData)((IData)(vlSelf->permdnn_engine__DOT__b_x)) 
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
    bufp->fullQData(oldp+882,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+884,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+886,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+888,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+890,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+891,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+892,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+893,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+894,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+895,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+896,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+897,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+898,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+899,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+900,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+901,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+902,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+904,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+905,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+906,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+908,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+909,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+912,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+915,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+916,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+919,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+920,((0x1fU & VL_DIV_III(5, 
                                                  (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+921,((7U & VL_DIV_III(5, (0x1fU 
                                                   & ((IData)(2U) 
                                                      + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+922,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+923,((1U & VL_REDXOR_32((3U 
                                                & (VL_DIV_III(5, 
                                                              (0x1fU 
                                                               & ((IData)(2U) 
                                                                  + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))), (IData)(3U)) 
                                                   >> 3U))))));
    bufp->fullQData(oldp+924,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+926,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+927,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+928,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+929,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                             << 7U) 
                                            | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+931,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U))))),16);
    bufp->fullCData(oldp+932,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+933,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+935,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+936,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+939,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+940,((((QData)((IData)(((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr] 
                                                  << 0x10U) 
                                                 | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                 [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr]))) 
                                << 0x10U) | (QData)((IData)(
                                                            vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                            [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+942,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+944,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+946,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_hb05d57c6__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+948,(__Vtemp_hb05d57c6__0),96);
    bufp->fullSData(oldp+951,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+952,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+954,(__Vtemp_hc1cf2085__0),96);
    bufp->fullQData(oldp+957,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+959,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+961,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+962,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+963,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+966,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+967,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+968,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+969,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+970,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+972,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+974,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+976,((0xfffU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+978,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+979,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+980,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+982,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x10U)))),16);
    bufp->fullIData(oldp+983,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x10U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+984,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+985,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+986,((0x1ffffffffULL & ((((QData)((IData)(
                                                                   ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                    & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                   << 0x20U) 
                                                  | (QData)((IData)(
                                                                    ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                      ? 0U
                                                                      : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                 + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+990,((0xfffU & ((IData)(2U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+992,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+993,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                  ? 0x80000000U
                                                  : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+994,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+996,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                  >> 0x20U)))),16);
    bufp->fullIData(oldp+997,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                            (0xffffU 
                                                             & (IData)(
                                                                       (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w 
                                                                        >> 0x20U)))), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+998,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+999,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1000,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+1132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1133,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1134,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1135,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1136,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1137,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1144,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+1145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1147,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+1150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1151,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+1152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1153,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+1154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+1155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+1156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1157,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1158,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1162,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1164,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1167,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1168,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1169,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1170,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1171,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1173,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1175,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1176,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1177,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1178,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+1179,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1181,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1182,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1184,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1185,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1189,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+1191,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1192,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1193,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1195,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+1197,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+1199,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+1201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+1202,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+1203,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1204,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1205,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1207,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+1208,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1209,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1210,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+1211,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1212,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1213,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+1214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1215,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1216,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+1217,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1219,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+1220,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+1221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+1223,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+1226,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+1227,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+1230,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+1231,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+1232,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+1233,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+1234,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+1235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1237,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1238,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1239,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+1240,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+1241,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1242,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+1243,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+1244,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+1246,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+1247,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+1248,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+1250,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+1251,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+1253,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+1254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+1255,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+1257,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_h45fdbc4e__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+1259,(__Vtemp_h45fdbc4e__0),96);
    bufp->fullSData(oldp+1262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+1263,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+1265,(__Vtemp_h5980a70d__0),96);
    bufp->fullQData(oldp+1268,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+1270,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+1272,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1273,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+1274,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1275,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1277,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+1278,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1279,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1280,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1281,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+1283,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1285,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1287,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1289,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+1290,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1293,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+1294,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1295,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1296,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1297,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1301,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1303,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+1304,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1305,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1307,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+1308,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1309,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1310,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1311,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1313,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1315,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+1443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1444,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1445,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1446,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1447,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1448,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+1456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1458,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+1461,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1462,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+1463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1464,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+1465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+1466,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+1467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1468,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1469,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1472,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1473,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1475,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1478,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1481,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1483,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1484,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1488,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+1490,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1491,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1493,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1494,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1495,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1496,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1497,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1499,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1500,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1501,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+1502,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1503,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1504,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1506,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+1508,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+1510,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+1512,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+1513,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+1514,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1515,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1516,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1518,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+1519,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1520,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1521,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+1522,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1523,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1524,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+1525,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1526,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1527,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+1528,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1530,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+1531,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+1532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+1534,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+1537,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+1538,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+1541,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+1542,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+1543,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+1544,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+1545,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+1546,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1548,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1549,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1550,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+1551,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+1552,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1553,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+1554,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+1555,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+1557,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+1558,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+1559,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+1561,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+1562,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+1564,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+1565,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+1566,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+1568,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_h735b0063__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+1570,(__Vtemp_h735b0063__0),96);
    bufp->fullSData(oldp+1573,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+1574,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+1576,(__Vtemp_h56f96812__0),96);
    bufp->fullQData(oldp+1579,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+1581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+1583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1584,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+1585,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1586,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1588,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+1589,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1590,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1591,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1592,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+1594,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1598,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+1601,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1604,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+1605,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1606,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1607,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1608,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1612,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1613,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1614,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+1615,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1616,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1618,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+1619,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1620,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1621,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1622,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1624,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1626,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+1754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1755,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1756,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1757,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1758,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1759,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+1767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1769,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+1772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1773,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+1774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1775,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+1776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+1777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+1778,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1779,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1780,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1786,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1789,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1792,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1795,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1798,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1799,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1800,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+1801,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+1802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+1803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1804,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1806,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1812,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+1813,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+1819,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+1821,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+1823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+1824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+1825,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1826,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1827,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+1830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1831,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1832,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+1833,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+1836,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1837,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1838,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+1839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+1842,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+1843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+1845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+1848,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+1849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+1852,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+1853,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+1854,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+1855,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+1856,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+1857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1859,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1860,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1861,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+1862,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+1863,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1864,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+1865,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+1866,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+1868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+1869,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+1870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+1872,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+1873,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+1875,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+1876,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+1877,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+1879,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_h1ab84048__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+1881,(__Vtemp_h1ab84048__0),96);
    bufp->fullSData(oldp+1884,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+1885,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+1887,(__Vtemp_h9ce14ea3__0),96);
    bufp->fullQData(oldp+1890,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+1892,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+1894,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1895,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+1896,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1897,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1899,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+1900,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1901,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1902,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1903,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+1905,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1907,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1909,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1910,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1911,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+1912,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1913,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1915,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+1916,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1917,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1918,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1919,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1921,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+1923,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+1924,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+1925,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+1926,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+1927,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+1929,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+1930,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1931,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+1932,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+1933,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+1935,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+1937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2066,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2067,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2068,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2069,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2070,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2071,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2072,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2073,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2074,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2075,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2076,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2077,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2079,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2080,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+2083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2084,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+2085,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2086,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+2087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+2088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+2089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2090,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2091,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2096,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2098,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2099,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2100,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2103,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2104,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2105,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2108,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2109,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2110,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+2112,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2115,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+2124,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+2130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+2132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+2134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+2135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+2136,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2137,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2138,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2140,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+2141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+2144,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+2147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+2150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+2153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+2154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+2156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+2159,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+2160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+2163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+2164,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+2165,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+2166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+2167,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+2168,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2170,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2171,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2172,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+2173,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+2174,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2175,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+2176,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+2177,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+2179,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+2180,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+2181,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+2183,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+2184,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+2186,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+2187,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+2188,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+2190,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_hf172c706__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+2192,(__Vtemp_hf172c706__0),96);
    bufp->fullSData(oldp+2195,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+2196,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+2198,(__Vtemp_he3434c2e__0),96);
    bufp->fullQData(oldp+2201,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+2203,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+2205,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2206,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+2207,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2208,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2210,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+2211,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2212,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2213,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2214,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+2216,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2218,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2220,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2221,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2222,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+2223,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2224,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2226,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2227,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2228,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2229,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2230,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2232,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2234,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2235,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2236,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+2237,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2238,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2240,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+2241,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2242,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2243,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2244,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2246,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+2248,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2376,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2377,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2378,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2379,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2380,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2381,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2382,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2383,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2386,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2391,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+2394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2395,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+2396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2397,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+2398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+2399,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+2400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2402,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2403,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2405,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2406,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2407,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2409,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2410,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2411,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2412,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2414,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2421,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2422,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+2423,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2425,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2426,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2430,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2431,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2433,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2434,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+2435,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2436,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2439,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+2441,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+2443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+2445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+2446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+2447,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2448,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2449,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+2452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+2455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+2458,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+2461,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2462,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+2464,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+2465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+2467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+2470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+2471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+2474,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+2475,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+2476,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+2477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+2478,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+2479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2482,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2483,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+2484,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+2485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2486,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+2487,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+2488,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+2490,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+2491,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+2492,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+2494,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+2495,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+2497,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+2498,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+2499,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+2501,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_heba52d83__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+2503,(__Vtemp_heba52d83__0),96);
    bufp->fullSData(oldp+2506,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+2507,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+2509,(__Vtemp_h7c44074b__0),96);
    bufp->fullQData(oldp+2512,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+2514,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+2516,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2517,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+2518,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2519,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2521,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+2522,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2523,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2524,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2525,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+2527,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2529,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2531,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2532,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2533,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+2534,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2535,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2537,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2538,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2539,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2540,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2541,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2543,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2545,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2546,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2547,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+2548,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2549,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2551,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+2552,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2553,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2554,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2555,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2557,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+2559,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2687,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2688,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2689,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2690,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2691,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2692,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2693,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2694,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2699,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+2700,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2701,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2702,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2703,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+2705,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2706,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+2707,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2708,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+2709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+2710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+2711,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2712,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2713,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2717,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2719,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2720,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2722,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2724,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2725,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2728,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2732,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2733,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+2734,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+2735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+2736,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2737,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2738,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2740,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2741,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2743,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2744,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2745,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+2746,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+2752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+2754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+2756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+2757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullBit(oldp+2758,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2759,((4U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2760,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),3);
    bufp->fullBit(oldp+2763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),3);
    bufp->fullBit(oldp+2766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2767,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot),3);
    bufp->fullBit(oldp+2769,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot),3);
    bufp->fullBit(oldp+2772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2773,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot),3);
    bufp->fullCData(oldp+2775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active),2);
    bufp->fullQData(oldp+2776,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows),36);
    bufp->fullWData(oldp+2778,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products),96);
    bufp->fullCData(oldp+2781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we),3);
    bufp->fullWData(oldp+2782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata),96);
    bufp->fullCData(oldp+2785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we),3);
    bufp->fullCData(oldp+2786,((0x1fU & VL_DIV_III(5, 
                                                   (0x1fU 
                                                    & ((IData)(2U) 
                                                       + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))),5);
    bufp->fullCData(oldp+2787,((7U & VL_DIV_III(5, 
                                                (0x1fU 
                                                 & ((IData)(2U) 
                                                    + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)))),3);
    bufp->fullSData(oldp+2788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__rows),12);
    bufp->fullBit(oldp+2789,((1U & VL_REDXOR_32((3U 
                                                 & (VL_DIV_III(5, 
                                                               (0x1fU 
                                                                & ((IData)(2U) 
                                                                   + (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))), (IData)(3U)) 
                                                    >> 3U))))));
    bufp->fullQData(oldp+2790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2793,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__k_addr),12);
    bufp->fullIData(oldp+2795,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored) 
                                 << 0xeU) | (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored) 
                                              << 7U) 
                                             | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored)))),21);
    bufp->fullBit(oldp+2796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2797,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullCData(oldp+2798,(((3U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b))
                                 ? 3U : (3U & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))),2);
    bufp->fullQData(oldp+2799,((((QData)((IData)((0xfffU 
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
    bufp->fullSData(oldp+2801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullCData(oldp+2802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_active),2);
    bufp->fullQData(oldp+2803,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_rows),36);
    bufp->fullSData(oldp+2805,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr),12);
    bufp->fullQData(oldp+2806,((((QData)((IData)(((
                                                   vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__2__KET____DOT__mem
                                                   [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr] 
                                                   << 0x10U) 
                                                  | vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__1__KET____DOT__mem
                                                  [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr]))) 
                                 << 0x10U) | (QData)((IData)(
                                                             vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                                                             [vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__w_addr])))),48);
    bufp->fullSData(oldp+2808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullCData(oldp+2809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_active),2);
    bufp->fullQData(oldp+2810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_rows),36);
    bufp->fullQData(oldp+2812,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w),48);
    __Vtemp_hd34ccef1__0[0U] = VL_MULS_III(32, VL_EXTENDS_II(32,16, 
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
    bufp->fullWData(oldp+2814,(__Vtemp_hd34ccef1__0),96);
    bufp->fullSData(oldp+2817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr),12);
    bufp->fullQData(oldp+2818,((((QData)((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_accmem__DOT____VdfgTmp_hbb8ef21a__0)) 
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
    bufp->fullWData(oldp+2820,(__Vtemp_hc826a273__0),96);
    bufp->fullQData(oldp+2823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__out_waddr),36);
    bufp->fullQData(oldp+2825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__out_wdata),48);
    bufp->fullIData(oldp+2827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2828,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[0U]),32);
    bufp->fullIData(oldp+2829,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2830,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2832,((0xffffU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))),16);
    bufp->fullIData(oldp+2833,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2834,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2835,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2836,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half),33);
    bufp->fullQData(oldp+2838,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__0__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2842,((0xfffU & ((IData)(1U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[1U]),32);
    bufp->fullIData(oldp+2845,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2848,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x10U)))),16);
    bufp->fullIData(oldp+2849,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x10U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2850,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2851,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2852,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__1__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__1__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2854,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__1__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullSData(oldp+2856,((0xfffU & ((IData)(2U) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr)))),12);
    bufp->fullIData(oldp+2857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc),32);
    bufp->fullIData(oldp+2858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products[2U]),32);
    bufp->fullIData(oldp+2859,((VL_LTS_IQQ(33, 0x7fffffffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                 ? 0x7fffffffU : (VL_GTS_IQQ(33, 0x180000000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)
                                                   ? 0x80000000U
                                                   : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact)))),32);
    bufp->fullQData(oldp+2860,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullSData(oldp+2862,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                   >> 0x20U)))),16);
    bufp->fullIData(oldp+2863,(VL_MULS_III(32, VL_EXTENDS_II(32,16, 
                                                             (0xffffU 
                                                              & (IData)(
                                                                        (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w 
                                                                         >> 0x20U)))), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2864,((VL_LTS_IQQ(33, 0x7fffULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_IQQ(33, 0x1ffff8000ULL, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted))))),16);
    bufp->fullIData(oldp+2865,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)),32);
    bufp->fullQData(oldp+2866,((0x1ffffffffULL & ((
                                                   ((QData)((IData)(
                                                                    ((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)) 
                                                                     & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_h3d6f0611__0)))) 
                                                    << 0x20U) 
                                                   | (QData)((IData)(
                                                                     ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__2__KET____DOT__u_requant__DOT____VdfgTmp_he7d092eb__0)
                                                                       ? 0U
                                                                       : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__Vcellinp__g_lane__BRA__2__KET____DOT__u_requant__acc)))) 
                                                  + vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__half))),33);
    bufp->fullQData(oldp+2868,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__2__KET____DOT__u_requant__DOT__shifted),33);
    bufp->fullWData(oldp+2870,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),4096);
    bufp->fullIData(oldp+2998,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2999,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+3000,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+3001,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+3002,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+3003,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+3004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+3005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+3006,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+3007,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+3008,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+3009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+3010,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),3);
    bufp->fullBit(oldp+3011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+3012,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+3013,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+3014,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+3015,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_cm),7);
    bufp->fullBit(oldp+3016,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+3017,((7U & ((IData)(1U) + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),3);
    bufp->fullBit(oldp+3018,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+3019,((0x1fU & ((IData)(3U) 
                                         * (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullCData(oldp+3020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),5);
    bufp->fullSData(oldp+3021,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__base_row),12);
    bufp->fullCData(oldp+3022,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+3023,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3024,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3026,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3027,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3031,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+3033,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hd74aa19e__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+3034,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+3035,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3036,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3038,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3039,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3040,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3041,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3043,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3044,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k),7);
    bufp->fullCData(oldp+3045,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__1__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hb3f19845__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullCData(oldp+3046,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_stored),7);
    bufp->fullCData(oldp+3047,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3048,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3050,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3052,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3054,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3056,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k),7);
    bufp->fullCData(oldp+3057,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__2__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hee2d9036__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+3058,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+3059,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+3061,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullQData(oldp+3063,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[2]),48);
    bufp->fullQData(oldp+3065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[3]),48);
    bufp->fullCData(oldp+3067,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__head),2);
    bufp->fullCData(oldp+3068,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__tail),2);
    bufp->fullIData(oldp+3069,(8U),32);
    bufp->fullIData(oldp+3070,(3U),32);
    bufp->fullIData(oldp+3071,(4U),32);
    bufp->fullIData(oldp+3072,(0x10U),32);
    bufp->fullIData(oldp+3073,(0x20U),32);
    bufp->fullIData(oldp+3074,(0x100U),32);
    bufp->fullIData(oldp+3075,(0x40U),32);
    bufp->fullIData(oldp+3076,(7U),32);
    bufp->fullIData(oldp+3077,(9U),32);
    bufp->fullIData(oldp+3078,(5U),32);
    bufp->fullIData(oldp+3079,(6U),32);
    bufp->fullIData(oldp+3080,(2U),32);
    bufp->fullIData(oldp+3081,(0xcU),32);
    bufp->fullCData(oldp+3082,(0U),2);
    bufp->fullCData(oldp+3083,(1U),2);
    bufp->fullCData(oldp+3084,(2U),2);
    bufp->fullCData(oldp+3085,(3U),2);
    bufp->fullCData(oldp+3086,(0U),3);
    bufp->fullCData(oldp+3087,(1U),3);
    bufp->fullCData(oldp+3088,(2U),3);
    bufp->fullCData(oldp+3089,(3U),3);
    bufp->fullCData(oldp+3090,(4U),3);
    bufp->fullCData(oldp+3091,(5U),3);
    bufp->fullCData(oldp+3092,(6U),3);
    bufp->fullCData(oldp+3093,(7U),3);
    bufp->fullIData(oldp+3094,(0x10U),32);
    bufp->fullSData(oldp+3095,(0x10U),10);
    bufp->fullIData(oldp+3096,(0x30U),32);
    bufp->fullIData(oldp+3097,(3U),32);
    bufp->fullIData(oldp+3098,(4U),32);
    bufp->fullCData(oldp+3099,(2U),5);
    bufp->fullCData(oldp+3100,(3U),5);
    bufp->fullSData(oldp+3101,(3U),12);
    bufp->fullSData(oldp+3102,(0U),12);
    bufp->fullIData(oldp+3103,(0x21U),32);
    bufp->fullQData(oldp+3104,(0x7fffffffULL),33);
    bufp->fullQData(oldp+3106,(0x180000000ULL),33);
    bufp->fullIData(oldp+3108,(0x7fffffffU),32);
    bufp->fullIData(oldp+3109,(0x80000000U),32);
    bufp->fullQData(oldp+3110,(0x7fffULL),33);
    bufp->fullQData(oldp+3112,(0x1ffff8000ULL),33);
    bufp->fullSData(oldp+3114,(1U),12);
    bufp->fullSData(oldp+3115,(2U),12);
}
