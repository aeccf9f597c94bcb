// Verilated -*- SystemC -*-
// DESCRIPTION: Verilator output: Tracing implementation internals
#include "verilated_vcd_sc.h"
#include "Vpe8_mul1_q2_s4_a24__Syms.h"


VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->pushNamePrefix("permdnn_engine ");
    tracep->declBus(c+3167,"N_PE", false,-1, 31,0);
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3170,"WORD_WIDTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3169,"SIW", false,-1, 31,0);
    tracep->declBus(c+3167,"CWMIN", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_WORDS", false,-1, 31,0);
    tracep->declBus(c+3177,"AAW", false,-1, 31,0);
    tracep->declBus(c+3175,"WIW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3173,"LDW", false,-1, 31,0);
    tracep->declBus(c+3181,"PEW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+3,"rst", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBus(c+5,"cfg_n", false,-1, 8,0);
    tracep->declBus(c+6,"cfg_first_word", false,-1, 6,0);
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
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declQuad(c+18,"ld_data", false,-1, 63,0);
    tracep->declBus(c+20,"dbg_pe", false,-1, 2,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+51,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+52,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+53,"dbg_active", false,-1);
    tracep->declBus(c+54,"dbg_qcount", false,-1, 1,0);
    tracep->declBit(c+55,"dbg_i_valid", false,-1);
    tracep->declBus(c+56,"dbg_i_j", false,-1, 8,0);
    tracep->declBus(c+57,"dbg_i_slot", false,-1, 4,0);
    tracep->declBit(c+58,"dbg_w_valid", false,-1);
    tracep->declBus(c+59,"dbg_w_j", false,-1, 8,0);
    tracep->declBus(c+60,"dbg_w_slot", false,-1, 4,0);
    tracep->declBit(c+61,"dbg_m_valid", false,-1);
    tracep->declBus(c+62,"dbg_m_j", false,-1, 8,0);
    tracep->declBus(c+63,"dbg_m_slot", false,-1, 4,0);
    tracep->declBit(c+64,"dbg_a_valid", false,-1);
    tracep->declBus(c+65,"dbg_a_j", false,-1, 8,0);
    tracep->declBus(c+66,"dbg_a_slot", false,-1, 4,0);
    tracep->declBus(c+67,"dbg_a_active", false,-1, 0,0);
    tracep->declBus(c+68,"dbg_a_rows", false,-1, 12,0);
    tracep->declBus(c+69,"dbg_a_products", false,-1, 31,0);
    tracep->declBus(c+70,"dbg_acc_we", false,-1, 0,0);
    tracep->declBus(c+71,"dbg_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+72,"dbg_out_we", false,-1, 0,0);
    tracep->declBus(c+105,"nzd_action", false,-1, 1,0);
    tracep->declBus(c+106,"nzd_word", false,-1, 6,0);
    tracep->declBus(c+107,"nzd_j", false,-1, 8,0);
    tracep->declBit(c+108,"draining", false,-1);
    tracep->declBit(c+109,"busy", false,-1);
    tracep->declBit(c+110,"done", false,-1);
    tracep->declBus(c+111,"cycle", false,-1, 31,0);
    tracep->declBus(c+3182,"SEL_X", false,-1, 1,0);
    tracep->declBus(c+3183,"SEL_W", false,-1, 1,0);
    tracep->declBus(c+3184,"SEL_K", false,-1, 1,0);
    tracep->declBus(c+3185,"SEL_B", false,-1, 1,0);
    tracep->declBus(c+3184,"ACT_BCAST", false,-1, 1,0);
    tracep->declBus(c+112,"n_r", false,-1, 8,0);
    tracep->declBus(c+113,"end_r", false,-1, 8,0);
    tracep->declBit(c+114,"drain_cfg_r", false,-1);
    tracep->declBus(c+115,"p_r", false,-1, 6,0);
    tracep->declBus(c+116,"frac_r", false,-1, 3,0);
    tracep->declBit(c+117,"relu_r", false,-1);
    tracep->declBit(c+118,"formula_r", false,-1);
    tracep->declBit(c+109,"running", false,-1);
    tracep->declBit(c+119,"drain_r", false,-1);
    tracep->declBit(c+120,"finished", false,-1);
    tracep->declBus(c+111,"cycle_r", false,-1, 31,0);
    tracep->declBus(c+121,"active", false,-1, 7,0);
    tracep->declBus(c+122,"room", false,-1, 7,0);
    tracep->declBus(c+123,"idle", false,-1, 7,0);
    tracep->declBus(c+124,"pe_drained", false,-1, 7,0);
    tracep->declBit(c+125,"all_room", false,-1);
    tracep->declBit(c+126,"all_idle", false,-1);
    tracep->declBit(c+127,"all_drained", false,-1);
    tracep->declBit(c+128,"nzd_done", false,-1);
    tracep->declBit(c+108,"drain_now", false,-1);
    tracep->declBit(c+129,"finish", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"pe_drain", false,-1);
    tracep->declBus(c+132,"b_x", false,-1, 15,0);
    tracep->declBus(c+107,"b_j", false,-1, 8,0);
    tracep->declBus(c+133,"b_c", false,-1, 8,0);
    tracep->declBus(c+134,"b_t", false,-1, 6,0);
    tracep->declBus(c+135,"b_cm", false,-1, 6,0);
    tracep->declBit(c+136,"bcast", false,-1);
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+73+i*1,"pe_acc", true,(i+0), 23,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+81+i*1,"pe_out", true,(i+0), 15,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+137+i*1,"pe_qcount", true,(i+0), 1,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+145+i*1,"pe_i", true,(i+0), 14,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+153+i*1,"pe_w", true,(i+0), 14,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+161+i*1,"pe_m", true,(i+0), 14,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+169+i*1,"pe_a", true,(i+0), 14,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+177+i*1,"pe_a_active", true,(i+0), 0,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+185+i*1,"pe_a_rows", true,(i+0), 12,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+193+i*1,"pe_a_prod", true,(i+0), 31,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+201+i*1,"pe_acc_we", true,(i+0), 0,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+209+i*1,"pe_acc_wdata", true,(i+0), 23,0);
    }
    for (int i = 0; i < 8; ++i) {
        tracep->declBus(c+217+i*1,"pe_out_we", true,(i+0), 0,0);
    }
    tracep->pushNamePrefix("g_pe[0] ");
    tracep->declBus(c+3186,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+22,"selected", false,-1);
    tracep->declBus(c+225,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[1] ");
    tracep->declBus(c+3187,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+23,"selected", false,-1);
    tracep->declBus(c+226,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[2] ");
    tracep->declBus(c+3188,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+24,"selected", false,-1);
    tracep->declBus(c+227,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[3] ");
    tracep->declBus(c+3189,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+25,"selected", false,-1);
    tracep->declBus(c+228,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[4] ");
    tracep->declBus(c+3190,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+26,"selected", false,-1);
    tracep->declBus(c+229,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[5] ");
    tracep->declBus(c+3191,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+27,"selected", false,-1);
    tracep->declBus(c+230,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[6] ");
    tracep->declBus(c+3192,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+28,"selected", false,-1);
    tracep->declBus(c+231,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_pe[7] ");
    tracep->declBus(c+3193,"PE_INDEX", false,-1, 2,0);
    tracep->declBit(c+29,"selected", false,-1);
    tracep->declBus(c+232,"block_rows", false,-1, 5,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_nzd ");
    tracep->declBus(c+3170,"S", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3169,"SIW", false,-1, 31,0);
    tracep->declBus(c+3167,"CWMIN", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_WORDS", false,-1, 31,0);
    tracep->declBus(c+3177,"AAW", false,-1, 31,0);
    tracep->declBus(c+3175,"WIW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBus(c+6,"first_word", false,-1, 6,0);
    tracep->declBit(c+130,"run", false,-1);
    tracep->declBus(c+112,"cfg_n", false,-1, 8,0);
    tracep->declBus(c+113,"cfg_end", false,-1, 8,0);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBit(c+30,"ld_we", false,-1);
    tracep->declBus(c+31,"ld_addr", false,-1, 5,0);
    tracep->declQuad(c+18,"ld_data", false,-1, 63,0);
    tracep->declBit(c+125,"ready", false,-1);
    tracep->declBus(c+105,"action", false,-1, 1,0);
    tracep->declBus(c+106,"word", false,-1, 6,0);
    tracep->declBit(c+128,"done", false,-1);
    tracep->declBus(c+132,"b_x", false,-1, 15,0);
    tracep->declBus(c+107,"b_j", false,-1, 8,0);
    tracep->declBus(c+133,"b_c", false,-1, 8,0);
    tracep->declBus(c+134,"b_t", false,-1, 6,0);
    tracep->declBus(c+135,"b_cm", false,-1, 6,0);
    tracep->declBus(c+3182,"ACT_IDLE", false,-1, 1,0);
    tracep->declBus(c+3183,"ACT_READ", false,-1, 1,0);
    tracep->declBus(c+3184,"ACT_BCAST", false,-1, 1,0);
    tracep->declBus(c+3185,"ACT_STALL", false,-1, 1,0);
    tracep->declBus(c+3194,"S_I", false,-1, 31,0);
    tracep->declBus(c+3195,"S_STEP", false,-1, 9,0);
    tracep->declBus(c+106,"next_word", false,-1, 6,0);
    tracep->declBus(c+233,"next_base", false,-1, 9,0);
    tracep->declBus(c+234,"base", false,-1, 8,0);
    tracep->declBus(c+235,"pending", false,-1, 3,0);
    tracep->declQuad(c+236,"held", false,-1, 63,0);
    tracep->declQuad(c+238,"rdata", false,-1, 63,0);
    tracep->declBit(c+240,"more", false,-1);
    tracep->declBus(c+241,"remaining", false,-1, 9,0);
    tracep->declBit(c+242,"empty", false,-1);
    tracep->declBus(c+243,"mask", false,-1, 3,0);
    tracep->declBus(c+1,"i", false,-1, 31,0);
    tracep->declBus(c+244,"pos", false,-1, 1,0);
    tracep->declBus(c+245,"p_wide", false,-1, 8,0);
    tracep->declBus(c+246,"c_times_p", false,-1, 8,0);
    tracep->declBus(c+247,"t_wide", false,-1, 8,0);
    tracep->declBus(c+248,"cm_wide", false,-1, 8,0);
    tracep->declBit(c+249,"unused_decoder_high", false,-1);
    tracep->pushNamePrefix("u_buffer ");
    tracep->declBus(c+3177,"AW", false,-1, 31,0);
    tracep->declBus(c+3170,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+30,"we", false,-1);
    tracep->declBus(c+31,"waddr", false,-1, 5,0);
    tracep->declQuad(c+18,"wdata", false,-1, 63,0);
    tracep->declBus(c+250,"raddr", false,-1, 5,0);
    tracep->declQuad(c+238,"rdata", false,-1, 63,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[1] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[2] ");
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("g_lane[3] ");
    tracep->popNamePrefix(4);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+225,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+251,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+33,"ld_we_w", false,-1);
    tracep->declBit(c+34,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+89,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+90,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+252,"room", false,-1);
    tracep->declBit(c+253,"idle", false,-1);
    tracep->declBit(c+254,"drained", false,-1);
    tracep->declBus(c+255,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+256,"tr_i_valid", false,-1);
    tracep->declBus(c+257,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+258,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+259,"tr_w_valid", false,-1);
    tracep->declBus(c+260,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+261,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+262,"tr_m_valid", false,-1);
    tracep->declBus(c+263,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+264,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+265,"tr_a_valid", false,-1);
    tracep->declBus(c+266,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+267,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+268,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+269,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+270,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+271,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+272,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+273,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+225,"se_wide", false,-1, 5,0);
    tracep->declBus(c+274,"se", false,-1, 4,0);
    tracep->declBus(c+275,"rows", false,-1, 12,0);
    tracep->declBit(c+276,"unused_se_high", false,-1);
    tracep->declQuad(c+277,"q_head", false,-1, 47,0);
    tracep->declBus(c+255,"q_count", false,-1, 1,0);
    tracep->declBit(c+279,"pop", false,-1);
    tracep->declBit(c+280,"q_nonempty", false,-1);
    tracep->declBus(c+281,"k_addr", false,-1, 13,0);
    tracep->declBus(c+282,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+283,"col_busy", false,-1);
    tracep->declBit(c+256,"issue", false,-1);
    tracep->declBus(c+284,"cur_x", false,-1, 15,0);
    tracep->declBus(c+257,"cur_j", false,-1, 8,0);
    tracep->declBus(c+258,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+285,"cur_active", false,-1, 0,0);
    tracep->declBus(c+286,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+259,"i_valid", false,-1);
    tracep->declBus(c+287,"i_x", false,-1, 15,0);
    tracep->declBus(c+260,"i_j", false,-1, 8,0);
    tracep->declBus(c+261,"i_slot", false,-1, 4,0);
    tracep->declBus(c+288,"i_active", false,-1, 0,0);
    tracep->declBus(c+289,"i_rows", false,-1, 12,0);
    tracep->declBus(c+290,"w_addr", false,-1, 13,0);
    tracep->declBus(c+291,"w_word", false,-1, 15,0);
    tracep->declBit(c+262,"o_valid", false,-1);
    tracep->declBus(c+292,"o_x", false,-1, 15,0);
    tracep->declBus(c+263,"o_j", false,-1, 8,0);
    tracep->declBus(c+264,"o_slot", false,-1, 4,0);
    tracep->declBus(c+293,"o_active", false,-1, 0,0);
    tracep->declBus(c+294,"o_rows", false,-1, 12,0);
    tracep->declBus(c+295,"o_w", false,-1, 15,0);
    tracep->declBus(c+296,"products", false,-1, 31,0);
    tracep->declBit(c+265,"a_valid", false,-1);
    tracep->declBus(c+266,"a_j", false,-1, 8,0);
    tracep->declBus(c+267,"a_slot", false,-1, 4,0);
    tracep->declBus(c+268,"a_active", false,-1, 0,0);
    tracep->declBus(c+269,"a_rows", false,-1, 12,0);
    tracep->declBus(c+270,"a_products", false,-1, 31,0);
    tracep->declBus(c+297,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+298,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+299,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+271,"acc_we", false,-1, 0,0);
    tracep->declBus(c+272,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+273,"out_we", false,-1, 0,0);
    tracep->declBus(c+297,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+300,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+297,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+299,"acc", false,-1, 23,0);
    tracep->declBus(c+270,"product", false,-1, 31,0);
    tracep->declBus(c+272,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+301,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+295,"w", false,-1, 15,0);
    tracep->declBus(c+292,"x", false,-1, 15,0);
    tracep->declBus(c+296,"product", false,-1, 31,0);
    tracep->declBus(c+295,"ws", false,-1, 15,0);
    tracep->declBus(c+292,"xs", false,-1, 15,0);
    tracep->declBus(c+296,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+299,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+300,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+303,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+305,"rounded", false,-1, 24,0);
    tracep->declBus(c+306,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+298,"raddr", false,-1, 12,0);
    tracep->declBus(c+299,"rdata", false,-1, 23,0);
    tracep->declBus(c+271,"we", false,-1, 0,0);
    tracep->declBus(c+269,"waddr", false,-1, 12,0);
    tracep->declBus(c+272,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+89,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+307,"live", false,-1, 8191,0);
    tracep->declBus(c+563,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+225,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+274,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+280,"head_valid", false,-1);
    tracep->declBus(c+564,"head_x", false,-1, 15,0);
    tracep->declBus(c+565,"head_j", false,-1, 8,0);
    tracep->declBus(c+566,"head_c", false,-1, 8,0);
    tracep->declBus(c+567,"head_t", false,-1, 6,0);
    tracep->declBus(c+568,"head_cm", false,-1, 6,0);
    tracep->declBit(c+279,"pop", false,-1);
    tracep->declBus(c+281,"k_addr", false,-1, 13,0);
    tracep->declBus(c+282,"k_word", false,-1, 6,0);
    tracep->declBit(c+283,"busy", false,-1);
    tracep->declBit(c+256,"issue", false,-1);
    tracep->declBus(c+284,"issue_x", false,-1, 15,0);
    tracep->declBus(c+257,"issue_j", false,-1, 8,0);
    tracep->declBus(c+258,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+285,"issue_active", false,-1, 0,0);
    tracep->declBus(c+286,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+283,"col_valid", false,-1);
    tracep->declBit(c+569,"col_reload", false,-1);
    tracep->declBus(c+570,"col_x", false,-1, 15,0);
    tracep->declBus(c+571,"col_j", false,-1, 8,0);
    tracep->declBus(c+572,"col_c", false,-1, 8,0);
    tracep->declBus(c+573,"col_t", false,-1, 6,0);
    tracep->declBus(c+574,"col_cm", false,-1, 6,0);
    tracep->declBus(c+575,"col_slot", false,-1, 4,0);
    tracep->declBit(c+576,"k_valid", false,-1);
    tracep->declBus(c+577,"k_col", false,-1, 8,0);
    tracep->declBus(c+578,"cur_c", false,-1, 8,0);
    tracep->declBus(c+579,"cur_t", false,-1, 6,0);
    tracep->declBus(c+580,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+258,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+581,"cur_reload", false,-1);
    tracep->declBus(c+582,"next_slot", false,-1, 4,0);
    tracep->declBit(c+583,"next_valid", false,-1);
    tracep->declBus(c+584,"first_b", false,-1, 5,0);
    tracep->declBus(c+585,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+587,"base_row", false,-1, 12,0);
    tracep->declBus(c+588,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+282,"k_stored", false,-1, 6,0);
    tracep->declBus(c+589,"k_sum", false,-1, 7,0);
    tracep->declBus(c+590,"k_formula", false,-1, 6,0);
    tracep->declBus(c+591,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+592+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+608,"k", false,-1, 6,0);
    tracep->declBus(c+609,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+273,"we", false,-1, 0,0);
    tracep->declBus(c+297,"waddr", false,-1, 12,0);
    tracep->declBus(c+300,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+90,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+610,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+34,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+281,"raddr", false,-1, 13,0);
    tracep->declBus(c+282,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+251,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+279,"pop", false,-1);
    tracep->declQuad(c+277,"head_data", false,-1, 47,0);
    tracep->declBus(c+255,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+613+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+617,"head", false,-1, 0,0);
    tracep->declBus(c+618,"tail", false,-1, 0,0);
    tracep->declBus(c+255,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+33,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+290,"raddr", false,-1, 13,0);
    tracep->declBus(c+291,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+226,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+619,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+37,"ld_we_w", false,-1);
    tracep->declBit(c+38,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+91,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+92,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+620,"room", false,-1);
    tracep->declBit(c+621,"idle", false,-1);
    tracep->declBit(c+622,"drained", false,-1);
    tracep->declBus(c+623,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+624,"tr_i_valid", false,-1);
    tracep->declBus(c+625,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+626,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+627,"tr_w_valid", false,-1);
    tracep->declBus(c+628,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+629,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+630,"tr_m_valid", false,-1);
    tracep->declBus(c+631,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+632,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+633,"tr_a_valid", false,-1);
    tracep->declBus(c+634,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+635,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+636,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+637,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+638,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+639,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+640,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+641,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+226,"se_wide", false,-1, 5,0);
    tracep->declBus(c+642,"se", false,-1, 4,0);
    tracep->declBus(c+643,"rows", false,-1, 12,0);
    tracep->declBit(c+644,"unused_se_high", false,-1);
    tracep->declQuad(c+645,"q_head", false,-1, 47,0);
    tracep->declBus(c+623,"q_count", false,-1, 1,0);
    tracep->declBit(c+647,"pop", false,-1);
    tracep->declBit(c+648,"q_nonempty", false,-1);
    tracep->declBus(c+649,"k_addr", false,-1, 13,0);
    tracep->declBus(c+650,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+651,"col_busy", false,-1);
    tracep->declBit(c+624,"issue", false,-1);
    tracep->declBus(c+652,"cur_x", false,-1, 15,0);
    tracep->declBus(c+625,"cur_j", false,-1, 8,0);
    tracep->declBus(c+626,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+653,"cur_active", false,-1, 0,0);
    tracep->declBus(c+654,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+627,"i_valid", false,-1);
    tracep->declBus(c+655,"i_x", false,-1, 15,0);
    tracep->declBus(c+628,"i_j", false,-1, 8,0);
    tracep->declBus(c+629,"i_slot", false,-1, 4,0);
    tracep->declBus(c+656,"i_active", false,-1, 0,0);
    tracep->declBus(c+657,"i_rows", false,-1, 12,0);
    tracep->declBus(c+658,"w_addr", false,-1, 13,0);
    tracep->declBus(c+659,"w_word", false,-1, 15,0);
    tracep->declBit(c+630,"o_valid", false,-1);
    tracep->declBus(c+660,"o_x", false,-1, 15,0);
    tracep->declBus(c+631,"o_j", false,-1, 8,0);
    tracep->declBus(c+632,"o_slot", false,-1, 4,0);
    tracep->declBus(c+661,"o_active", false,-1, 0,0);
    tracep->declBus(c+662,"o_rows", false,-1, 12,0);
    tracep->declBus(c+663,"o_w", false,-1, 15,0);
    tracep->declBus(c+664,"products", false,-1, 31,0);
    tracep->declBit(c+633,"a_valid", false,-1);
    tracep->declBus(c+634,"a_j", false,-1, 8,0);
    tracep->declBus(c+635,"a_slot", false,-1, 4,0);
    tracep->declBus(c+636,"a_active", false,-1, 0,0);
    tracep->declBus(c+637,"a_rows", false,-1, 12,0);
    tracep->declBus(c+638,"a_products", false,-1, 31,0);
    tracep->declBus(c+665,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+666,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+667,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+639,"acc_we", false,-1, 0,0);
    tracep->declBus(c+640,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+641,"out_we", false,-1, 0,0);
    tracep->declBus(c+665,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+668,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+665,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+667,"acc", false,-1, 23,0);
    tracep->declBus(c+638,"product", false,-1, 31,0);
    tracep->declBus(c+640,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+669,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+663,"w", false,-1, 15,0);
    tracep->declBus(c+660,"x", false,-1, 15,0);
    tracep->declBus(c+664,"product", false,-1, 31,0);
    tracep->declBus(c+663,"ws", false,-1, 15,0);
    tracep->declBus(c+660,"xs", false,-1, 15,0);
    tracep->declBus(c+664,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+667,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+668,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+671,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+672,"rounded", false,-1, 24,0);
    tracep->declBus(c+673,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+666,"raddr", false,-1, 12,0);
    tracep->declBus(c+667,"rdata", false,-1, 23,0);
    tracep->declBus(c+639,"we", false,-1, 0,0);
    tracep->declBus(c+637,"waddr", false,-1, 12,0);
    tracep->declBus(c+640,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+91,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+674,"live", false,-1, 8191,0);
    tracep->declBus(c+930,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+226,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+642,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+648,"head_valid", false,-1);
    tracep->declBus(c+931,"head_x", false,-1, 15,0);
    tracep->declBus(c+932,"head_j", false,-1, 8,0);
    tracep->declBus(c+933,"head_c", false,-1, 8,0);
    tracep->declBus(c+934,"head_t", false,-1, 6,0);
    tracep->declBus(c+935,"head_cm", false,-1, 6,0);
    tracep->declBit(c+647,"pop", false,-1);
    tracep->declBus(c+649,"k_addr", false,-1, 13,0);
    tracep->declBus(c+650,"k_word", false,-1, 6,0);
    tracep->declBit(c+651,"busy", false,-1);
    tracep->declBit(c+624,"issue", false,-1);
    tracep->declBus(c+652,"issue_x", false,-1, 15,0);
    tracep->declBus(c+625,"issue_j", false,-1, 8,0);
    tracep->declBus(c+626,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+653,"issue_active", false,-1, 0,0);
    tracep->declBus(c+654,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+651,"col_valid", false,-1);
    tracep->declBit(c+936,"col_reload", false,-1);
    tracep->declBus(c+937,"col_x", false,-1, 15,0);
    tracep->declBus(c+938,"col_j", false,-1, 8,0);
    tracep->declBus(c+939,"col_c", false,-1, 8,0);
    tracep->declBus(c+940,"col_t", false,-1, 6,0);
    tracep->declBus(c+941,"col_cm", false,-1, 6,0);
    tracep->declBus(c+942,"col_slot", false,-1, 4,0);
    tracep->declBit(c+943,"k_valid", false,-1);
    tracep->declBus(c+944,"k_col", false,-1, 8,0);
    tracep->declBus(c+945,"cur_c", false,-1, 8,0);
    tracep->declBus(c+946,"cur_t", false,-1, 6,0);
    tracep->declBus(c+947,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+626,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+948,"cur_reload", false,-1);
    tracep->declBus(c+949,"next_slot", false,-1, 4,0);
    tracep->declBit(c+950,"next_valid", false,-1);
    tracep->declBus(c+951,"first_b", false,-1, 5,0);
    tracep->declBus(c+952,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+953,"base_row", false,-1, 12,0);
    tracep->declBus(c+954,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+650,"k_stored", false,-1, 6,0);
    tracep->declBus(c+955,"k_sum", false,-1, 7,0);
    tracep->declBus(c+956,"k_formula", false,-1, 6,0);
    tracep->declBus(c+957,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+958+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+974,"k", false,-1, 6,0);
    tracep->declBus(c+975,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+641,"we", false,-1, 0,0);
    tracep->declBus(c+665,"waddr", false,-1, 12,0);
    tracep->declBus(c+668,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+92,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+976,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+38,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+649,"raddr", false,-1, 13,0);
    tracep->declBus(c+650,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+619,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+647,"pop", false,-1);
    tracep->declQuad(c+645,"head_data", false,-1, 47,0);
    tracep->declBus(c+623,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+977+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+981,"head", false,-1, 0,0);
    tracep->declBus(c+982,"tail", false,-1, 0,0);
    tracep->declBus(c+623,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+37,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+658,"raddr", false,-1, 13,0);
    tracep->declBus(c+659,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+227,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+983,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+39,"ld_we_w", false,-1);
    tracep->declBit(c+40,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+93,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+94,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+984,"room", false,-1);
    tracep->declBit(c+985,"idle", false,-1);
    tracep->declBit(c+986,"drained", false,-1);
    tracep->declBus(c+987,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+988,"tr_i_valid", false,-1);
    tracep->declBus(c+989,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+990,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+991,"tr_w_valid", false,-1);
    tracep->declBus(c+992,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+993,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+994,"tr_m_valid", false,-1);
    tracep->declBus(c+995,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+996,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+997,"tr_a_valid", false,-1);
    tracep->declBus(c+998,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+999,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+1000,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+1001,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+1002,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+1003,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+1004,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+1005,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+227,"se_wide", false,-1, 5,0);
    tracep->declBus(c+1006,"se", false,-1, 4,0);
    tracep->declBus(c+1007,"rows", false,-1, 12,0);
    tracep->declBit(c+1008,"unused_se_high", false,-1);
    tracep->declQuad(c+1009,"q_head", false,-1, 47,0);
    tracep->declBus(c+987,"q_count", false,-1, 1,0);
    tracep->declBit(c+1011,"pop", false,-1);
    tracep->declBit(c+1012,"q_nonempty", false,-1);
    tracep->declBus(c+1013,"k_addr", false,-1, 13,0);
    tracep->declBus(c+1014,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+1015,"col_busy", false,-1);
    tracep->declBit(c+988,"issue", false,-1);
    tracep->declBus(c+1016,"cur_x", false,-1, 15,0);
    tracep->declBus(c+989,"cur_j", false,-1, 8,0);
    tracep->declBus(c+990,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+1017,"cur_active", false,-1, 0,0);
    tracep->declBus(c+1018,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+991,"i_valid", false,-1);
    tracep->declBus(c+1019,"i_x", false,-1, 15,0);
    tracep->declBus(c+992,"i_j", false,-1, 8,0);
    tracep->declBus(c+993,"i_slot", false,-1, 4,0);
    tracep->declBus(c+1020,"i_active", false,-1, 0,0);
    tracep->declBus(c+1021,"i_rows", false,-1, 12,0);
    tracep->declBus(c+1022,"w_addr", false,-1, 13,0);
    tracep->declBus(c+1023,"w_word", false,-1, 15,0);
    tracep->declBit(c+994,"o_valid", false,-1);
    tracep->declBus(c+1024,"o_x", false,-1, 15,0);
    tracep->declBus(c+995,"o_j", false,-1, 8,0);
    tracep->declBus(c+996,"o_slot", false,-1, 4,0);
    tracep->declBus(c+1025,"o_active", false,-1, 0,0);
    tracep->declBus(c+1026,"o_rows", false,-1, 12,0);
    tracep->declBus(c+1027,"o_w", false,-1, 15,0);
    tracep->declBus(c+1028,"products", false,-1, 31,0);
    tracep->declBit(c+997,"a_valid", false,-1);
    tracep->declBus(c+998,"a_j", false,-1, 8,0);
    tracep->declBus(c+999,"a_slot", false,-1, 4,0);
    tracep->declBus(c+1000,"a_active", false,-1, 0,0);
    tracep->declBus(c+1001,"a_rows", false,-1, 12,0);
    tracep->declBus(c+1002,"a_products", false,-1, 31,0);
    tracep->declBus(c+1029,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+1030,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+1031,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+1003,"acc_we", false,-1, 0,0);
    tracep->declBus(c+1004,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+1005,"out_we", false,-1, 0,0);
    tracep->declBus(c+1029,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+1032,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+1029,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1031,"acc", false,-1, 23,0);
    tracep->declBus(c+1002,"product", false,-1, 31,0);
    tracep->declBus(c+1004,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+1033,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1027,"w", false,-1, 15,0);
    tracep->declBus(c+1024,"x", false,-1, 15,0);
    tracep->declBus(c+1028,"product", false,-1, 31,0);
    tracep->declBus(c+1027,"ws", false,-1, 15,0);
    tracep->declBus(c+1024,"xs", false,-1, 15,0);
    tracep->declBus(c+1028,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1031,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+1032,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+1035,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+1036,"rounded", false,-1, 24,0);
    tracep->declBus(c+1037,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+1030,"raddr", false,-1, 12,0);
    tracep->declBus(c+1031,"rdata", false,-1, 23,0);
    tracep->declBus(c+1003,"we", false,-1, 0,0);
    tracep->declBus(c+1001,"waddr", false,-1, 12,0);
    tracep->declBus(c+1004,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+93,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+1038,"live", false,-1, 8191,0);
    tracep->declBus(c+1294,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+227,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+1006,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+1012,"head_valid", false,-1);
    tracep->declBus(c+1295,"head_x", false,-1, 15,0);
    tracep->declBus(c+1296,"head_j", false,-1, 8,0);
    tracep->declBus(c+1297,"head_c", false,-1, 8,0);
    tracep->declBus(c+1298,"head_t", false,-1, 6,0);
    tracep->declBus(c+1299,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1011,"pop", false,-1);
    tracep->declBus(c+1013,"k_addr", false,-1, 13,0);
    tracep->declBus(c+1014,"k_word", false,-1, 6,0);
    tracep->declBit(c+1015,"busy", false,-1);
    tracep->declBit(c+988,"issue", false,-1);
    tracep->declBus(c+1016,"issue_x", false,-1, 15,0);
    tracep->declBus(c+989,"issue_j", false,-1, 8,0);
    tracep->declBus(c+990,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+1017,"issue_active", false,-1, 0,0);
    tracep->declBus(c+1018,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+1015,"col_valid", false,-1);
    tracep->declBit(c+1300,"col_reload", false,-1);
    tracep->declBus(c+1301,"col_x", false,-1, 15,0);
    tracep->declBus(c+1302,"col_j", false,-1, 8,0);
    tracep->declBus(c+1303,"col_c", false,-1, 8,0);
    tracep->declBus(c+1304,"col_t", false,-1, 6,0);
    tracep->declBus(c+1305,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1306,"col_slot", false,-1, 4,0);
    tracep->declBit(c+1307,"k_valid", false,-1);
    tracep->declBus(c+1308,"k_col", false,-1, 8,0);
    tracep->declBus(c+1309,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1310,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1311,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+990,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+1312,"cur_reload", false,-1);
    tracep->declBus(c+1313,"next_slot", false,-1, 4,0);
    tracep->declBit(c+1314,"next_valid", false,-1);
    tracep->declBus(c+1315,"first_b", false,-1, 5,0);
    tracep->declBus(c+1316,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+1317,"base_row", false,-1, 12,0);
    tracep->declBus(c+1318,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+1014,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1319,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1320,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1321,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1322+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1338,"k", false,-1, 6,0);
    tracep->declBus(c+1339,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1005,"we", false,-1, 0,0);
    tracep->declBus(c+1029,"waddr", false,-1, 12,0);
    tracep->declBus(c+1032,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+94,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1340,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+40,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+1013,"raddr", false,-1, 13,0);
    tracep->declBus(c+1014,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+983,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+1011,"pop", false,-1);
    tracep->declQuad(c+1009,"head_data", false,-1, 47,0);
    tracep->declBus(c+987,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+1341+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1345,"head", false,-1, 0,0);
    tracep->declBus(c+1346,"tail", false,-1, 0,0);
    tracep->declBus(c+987,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+39,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+1022,"raddr", false,-1, 13,0);
    tracep->declBus(c+1023,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+228,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1347,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+41,"ld_we_w", false,-1);
    tracep->declBit(c+42,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+95,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+96,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1348,"room", false,-1);
    tracep->declBit(c+1349,"idle", false,-1);
    tracep->declBit(c+1350,"drained", false,-1);
    tracep->declBus(c+1351,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+1352,"tr_i_valid", false,-1);
    tracep->declBus(c+1353,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1354,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+1355,"tr_w_valid", false,-1);
    tracep->declBus(c+1356,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1357,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+1358,"tr_m_valid", false,-1);
    tracep->declBus(c+1359,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1360,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+1361,"tr_a_valid", false,-1);
    tracep->declBus(c+1362,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1363,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+1364,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+1365,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+1366,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+1367,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+1368,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+1369,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+228,"se_wide", false,-1, 5,0);
    tracep->declBus(c+1370,"se", false,-1, 4,0);
    tracep->declBus(c+1371,"rows", false,-1, 12,0);
    tracep->declBit(c+1372,"unused_se_high", false,-1);
    tracep->declQuad(c+1373,"q_head", false,-1, 47,0);
    tracep->declBus(c+1351,"q_count", false,-1, 1,0);
    tracep->declBit(c+1375,"pop", false,-1);
    tracep->declBit(c+1376,"q_nonempty", false,-1);
    tracep->declBus(c+1377,"k_addr", false,-1, 13,0);
    tracep->declBus(c+1378,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+1379,"col_busy", false,-1);
    tracep->declBit(c+1352,"issue", false,-1);
    tracep->declBus(c+1380,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1353,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1354,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+1381,"cur_active", false,-1, 0,0);
    tracep->declBus(c+1382,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+1355,"i_valid", false,-1);
    tracep->declBus(c+1383,"i_x", false,-1, 15,0);
    tracep->declBus(c+1356,"i_j", false,-1, 8,0);
    tracep->declBus(c+1357,"i_slot", false,-1, 4,0);
    tracep->declBus(c+1384,"i_active", false,-1, 0,0);
    tracep->declBus(c+1385,"i_rows", false,-1, 12,0);
    tracep->declBus(c+1386,"w_addr", false,-1, 13,0);
    tracep->declBus(c+1387,"w_word", false,-1, 15,0);
    tracep->declBit(c+1358,"o_valid", false,-1);
    tracep->declBus(c+1388,"o_x", false,-1, 15,0);
    tracep->declBus(c+1359,"o_j", false,-1, 8,0);
    tracep->declBus(c+1360,"o_slot", false,-1, 4,0);
    tracep->declBus(c+1389,"o_active", false,-1, 0,0);
    tracep->declBus(c+1390,"o_rows", false,-1, 12,0);
    tracep->declBus(c+1391,"o_w", false,-1, 15,0);
    tracep->declBus(c+1392,"products", false,-1, 31,0);
    tracep->declBit(c+1361,"a_valid", false,-1);
    tracep->declBus(c+1362,"a_j", false,-1, 8,0);
    tracep->declBus(c+1363,"a_slot", false,-1, 4,0);
    tracep->declBus(c+1364,"a_active", false,-1, 0,0);
    tracep->declBus(c+1365,"a_rows", false,-1, 12,0);
    tracep->declBus(c+1366,"a_products", false,-1, 31,0);
    tracep->declBus(c+1393,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+1394,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+1395,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+1367,"acc_we", false,-1, 0,0);
    tracep->declBus(c+1368,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+1369,"out_we", false,-1, 0,0);
    tracep->declBus(c+1393,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+1396,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+1393,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1395,"acc", false,-1, 23,0);
    tracep->declBus(c+1366,"product", false,-1, 31,0);
    tracep->declBus(c+1368,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+1397,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1391,"w", false,-1, 15,0);
    tracep->declBus(c+1388,"x", false,-1, 15,0);
    tracep->declBus(c+1392,"product", false,-1, 31,0);
    tracep->declBus(c+1391,"ws", false,-1, 15,0);
    tracep->declBus(c+1388,"xs", false,-1, 15,0);
    tracep->declBus(c+1392,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1395,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+1396,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+1399,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+1400,"rounded", false,-1, 24,0);
    tracep->declBus(c+1401,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+1394,"raddr", false,-1, 12,0);
    tracep->declBus(c+1395,"rdata", false,-1, 23,0);
    tracep->declBus(c+1367,"we", false,-1, 0,0);
    tracep->declBus(c+1365,"waddr", false,-1, 12,0);
    tracep->declBus(c+1368,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+95,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+1402,"live", false,-1, 8191,0);
    tracep->declBus(c+1658,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+228,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+1370,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+1376,"head_valid", false,-1);
    tracep->declBus(c+1659,"head_x", false,-1, 15,0);
    tracep->declBus(c+1660,"head_j", false,-1, 8,0);
    tracep->declBus(c+1661,"head_c", false,-1, 8,0);
    tracep->declBus(c+1662,"head_t", false,-1, 6,0);
    tracep->declBus(c+1663,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1375,"pop", false,-1);
    tracep->declBus(c+1377,"k_addr", false,-1, 13,0);
    tracep->declBus(c+1378,"k_word", false,-1, 6,0);
    tracep->declBit(c+1379,"busy", false,-1);
    tracep->declBit(c+1352,"issue", false,-1);
    tracep->declBus(c+1380,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1353,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1354,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+1381,"issue_active", false,-1, 0,0);
    tracep->declBus(c+1382,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+1379,"col_valid", false,-1);
    tracep->declBit(c+1664,"col_reload", false,-1);
    tracep->declBus(c+1665,"col_x", false,-1, 15,0);
    tracep->declBus(c+1666,"col_j", false,-1, 8,0);
    tracep->declBus(c+1667,"col_c", false,-1, 8,0);
    tracep->declBus(c+1668,"col_t", false,-1, 6,0);
    tracep->declBus(c+1669,"col_cm", false,-1, 6,0);
    tracep->declBus(c+1670,"col_slot", false,-1, 4,0);
    tracep->declBit(c+1671,"k_valid", false,-1);
    tracep->declBus(c+1672,"k_col", false,-1, 8,0);
    tracep->declBus(c+1673,"cur_c", false,-1, 8,0);
    tracep->declBus(c+1674,"cur_t", false,-1, 6,0);
    tracep->declBus(c+1675,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1354,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+1676,"cur_reload", false,-1);
    tracep->declBus(c+1677,"next_slot", false,-1, 4,0);
    tracep->declBit(c+1678,"next_valid", false,-1);
    tracep->declBus(c+1679,"first_b", false,-1, 5,0);
    tracep->declBus(c+1680,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+1681,"base_row", false,-1, 12,0);
    tracep->declBus(c+1682,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+1378,"k_stored", false,-1, 6,0);
    tracep->declBus(c+1683,"k_sum", false,-1, 7,0);
    tracep->declBus(c+1684,"k_formula", false,-1, 6,0);
    tracep->declBus(c+1685,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+1686+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+1702,"k", false,-1, 6,0);
    tracep->declBus(c+1703,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1369,"we", false,-1, 0,0);
    tracep->declBus(c+1393,"waddr", false,-1, 12,0);
    tracep->declBus(c+1396,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+96,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+1704,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+42,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+1377,"raddr", false,-1, 13,0);
    tracep->declBus(c+1378,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1347,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+1375,"pop", false,-1);
    tracep->declQuad(c+1373,"head_data", false,-1, 47,0);
    tracep->declBus(c+1351,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+1705+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+1709,"head", false,-1, 0,0);
    tracep->declBus(c+1710,"tail", false,-1, 0,0);
    tracep->declBus(c+1351,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+41,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+1386,"raddr", false,-1, 13,0);
    tracep->declBus(c+1387,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+229,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+1711,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+43,"ld_we_w", false,-1);
    tracep->declBit(c+44,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+97,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+98,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+1712,"room", false,-1);
    tracep->declBit(c+1713,"idle", false,-1);
    tracep->declBit(c+1714,"drained", false,-1);
    tracep->declBus(c+1715,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+1716,"tr_i_valid", false,-1);
    tracep->declBus(c+1717,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+1718,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+1719,"tr_w_valid", false,-1);
    tracep->declBus(c+1720,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+1721,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+1722,"tr_m_valid", false,-1);
    tracep->declBus(c+1723,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+1724,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+1725,"tr_a_valid", false,-1);
    tracep->declBus(c+1726,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+1727,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+1728,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+1729,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+1730,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+1731,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+1732,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+1733,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+229,"se_wide", false,-1, 5,0);
    tracep->declBus(c+1734,"se", false,-1, 4,0);
    tracep->declBus(c+1735,"rows", false,-1, 12,0);
    tracep->declBit(c+1736,"unused_se_high", false,-1);
    tracep->declQuad(c+1737,"q_head", false,-1, 47,0);
    tracep->declBus(c+1715,"q_count", false,-1, 1,0);
    tracep->declBit(c+1739,"pop", false,-1);
    tracep->declBit(c+1740,"q_nonempty", false,-1);
    tracep->declBus(c+1741,"k_addr", false,-1, 13,0);
    tracep->declBus(c+1742,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+1743,"col_busy", false,-1);
    tracep->declBit(c+1716,"issue", false,-1);
    tracep->declBus(c+1744,"cur_x", false,-1, 15,0);
    tracep->declBus(c+1717,"cur_j", false,-1, 8,0);
    tracep->declBus(c+1718,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+1745,"cur_active", false,-1, 0,0);
    tracep->declBus(c+1746,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+1719,"i_valid", false,-1);
    tracep->declBus(c+1747,"i_x", false,-1, 15,0);
    tracep->declBus(c+1720,"i_j", false,-1, 8,0);
    tracep->declBus(c+1721,"i_slot", false,-1, 4,0);
    tracep->declBus(c+1748,"i_active", false,-1, 0,0);
    tracep->declBus(c+1749,"i_rows", false,-1, 12,0);
    tracep->declBus(c+1750,"w_addr", false,-1, 13,0);
    tracep->declBus(c+1751,"w_word", false,-1, 15,0);
    tracep->declBit(c+1722,"o_valid", false,-1);
    tracep->declBus(c+1752,"o_x", false,-1, 15,0);
    tracep->declBus(c+1723,"o_j", false,-1, 8,0);
    tracep->declBus(c+1724,"o_slot", false,-1, 4,0);
    tracep->declBus(c+1753,"o_active", false,-1, 0,0);
    tracep->declBus(c+1754,"o_rows", false,-1, 12,0);
    tracep->declBus(c+1755,"o_w", false,-1, 15,0);
    tracep->declBus(c+1756,"products", false,-1, 31,0);
    tracep->declBit(c+1725,"a_valid", false,-1);
    tracep->declBus(c+1726,"a_j", false,-1, 8,0);
    tracep->declBus(c+1727,"a_slot", false,-1, 4,0);
    tracep->declBus(c+1728,"a_active", false,-1, 0,0);
    tracep->declBus(c+1729,"a_rows", false,-1, 12,0);
    tracep->declBus(c+1730,"a_products", false,-1, 31,0);
    tracep->declBus(c+1757,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+1758,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+1759,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+1731,"acc_we", false,-1, 0,0);
    tracep->declBus(c+1732,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+1733,"out_we", false,-1, 0,0);
    tracep->declBus(c+1757,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+1760,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+1757,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1759,"acc", false,-1, 23,0);
    tracep->declBus(c+1730,"product", false,-1, 31,0);
    tracep->declBus(c+1732,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+1761,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+1755,"w", false,-1, 15,0);
    tracep->declBus(c+1752,"x", false,-1, 15,0);
    tracep->declBus(c+1756,"product", false,-1, 31,0);
    tracep->declBus(c+1755,"ws", false,-1, 15,0);
    tracep->declBus(c+1752,"xs", false,-1, 15,0);
    tracep->declBus(c+1756,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+1759,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+1760,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+1763,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+1764,"rounded", false,-1, 24,0);
    tracep->declBus(c+1765,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+1758,"raddr", false,-1, 12,0);
    tracep->declBus(c+1759,"rdata", false,-1, 23,0);
    tracep->declBus(c+1731,"we", false,-1, 0,0);
    tracep->declBus(c+1729,"waddr", false,-1, 12,0);
    tracep->declBus(c+1732,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+97,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+1766,"live", false,-1, 8191,0);
    tracep->declBus(c+2022,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+229,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+1734,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+1740,"head_valid", false,-1);
    tracep->declBus(c+2023,"head_x", false,-1, 15,0);
    tracep->declBus(c+2024,"head_j", false,-1, 8,0);
    tracep->declBus(c+2025,"head_c", false,-1, 8,0);
    tracep->declBus(c+2026,"head_t", false,-1, 6,0);
    tracep->declBus(c+2027,"head_cm", false,-1, 6,0);
    tracep->declBit(c+1739,"pop", false,-1);
    tracep->declBus(c+1741,"k_addr", false,-1, 13,0);
    tracep->declBus(c+1742,"k_word", false,-1, 6,0);
    tracep->declBit(c+1743,"busy", false,-1);
    tracep->declBit(c+1716,"issue", false,-1);
    tracep->declBus(c+1744,"issue_x", false,-1, 15,0);
    tracep->declBus(c+1717,"issue_j", false,-1, 8,0);
    tracep->declBus(c+1718,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+1745,"issue_active", false,-1, 0,0);
    tracep->declBus(c+1746,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+1743,"col_valid", false,-1);
    tracep->declBit(c+2028,"col_reload", false,-1);
    tracep->declBus(c+2029,"col_x", false,-1, 15,0);
    tracep->declBus(c+2030,"col_j", false,-1, 8,0);
    tracep->declBus(c+2031,"col_c", false,-1, 8,0);
    tracep->declBus(c+2032,"col_t", false,-1, 6,0);
    tracep->declBus(c+2033,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2034,"col_slot", false,-1, 4,0);
    tracep->declBit(c+2035,"k_valid", false,-1);
    tracep->declBus(c+2036,"k_col", false,-1, 8,0);
    tracep->declBus(c+2037,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2038,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2039,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+1718,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+2040,"cur_reload", false,-1);
    tracep->declBus(c+2041,"next_slot", false,-1, 4,0);
    tracep->declBit(c+2042,"next_valid", false,-1);
    tracep->declBus(c+2043,"first_b", false,-1, 5,0);
    tracep->declBus(c+2044,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+2045,"base_row", false,-1, 12,0);
    tracep->declBus(c+2046,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+1742,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2047,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2048,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2049,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+2050+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2066,"k", false,-1, 6,0);
    tracep->declBus(c+2067,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+1733,"we", false,-1, 0,0);
    tracep->declBus(c+1757,"waddr", false,-1, 12,0);
    tracep->declBus(c+1760,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+98,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2068,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+44,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+1741,"raddr", false,-1, 13,0);
    tracep->declBus(c+1742,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+1711,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+1739,"pop", false,-1);
    tracep->declQuad(c+1737,"head_data", false,-1, 47,0);
    tracep->declBus(c+1715,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+2069+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2073,"head", false,-1, 0,0);
    tracep->declBus(c+2074,"tail", false,-1, 0,0);
    tracep->declBus(c+1715,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+43,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+1750,"raddr", false,-1, 13,0);
    tracep->declBus(c+1751,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+230,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2075,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+45,"ld_we_w", false,-1);
    tracep->declBit(c+46,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+99,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+100,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2076,"room", false,-1);
    tracep->declBit(c+2077,"idle", false,-1);
    tracep->declBit(c+2078,"drained", false,-1);
    tracep->declBus(c+2079,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+2080,"tr_i_valid", false,-1);
    tracep->declBus(c+2081,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2082,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+2083,"tr_w_valid", false,-1);
    tracep->declBus(c+2084,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2085,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+2086,"tr_m_valid", false,-1);
    tracep->declBus(c+2087,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2088,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+2089,"tr_a_valid", false,-1);
    tracep->declBus(c+2090,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2091,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+2092,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+2093,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+2094,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+2095,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+2096,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+2097,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+230,"se_wide", false,-1, 5,0);
    tracep->declBus(c+2098,"se", false,-1, 4,0);
    tracep->declBus(c+2099,"rows", false,-1, 12,0);
    tracep->declBit(c+2100,"unused_se_high", false,-1);
    tracep->declQuad(c+2101,"q_head", false,-1, 47,0);
    tracep->declBus(c+2079,"q_count", false,-1, 1,0);
    tracep->declBit(c+2103,"pop", false,-1);
    tracep->declBit(c+2104,"q_nonempty", false,-1);
    tracep->declBus(c+2105,"k_addr", false,-1, 13,0);
    tracep->declBus(c+2106,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+2107,"col_busy", false,-1);
    tracep->declBit(c+2080,"issue", false,-1);
    tracep->declBus(c+2108,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2081,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2082,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+2109,"cur_active", false,-1, 0,0);
    tracep->declBus(c+2110,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+2083,"i_valid", false,-1);
    tracep->declBus(c+2111,"i_x", false,-1, 15,0);
    tracep->declBus(c+2084,"i_j", false,-1, 8,0);
    tracep->declBus(c+2085,"i_slot", false,-1, 4,0);
    tracep->declBus(c+2112,"i_active", false,-1, 0,0);
    tracep->declBus(c+2113,"i_rows", false,-1, 12,0);
    tracep->declBus(c+2114,"w_addr", false,-1, 13,0);
    tracep->declBus(c+2115,"w_word", false,-1, 15,0);
    tracep->declBit(c+2086,"o_valid", false,-1);
    tracep->declBus(c+2116,"o_x", false,-1, 15,0);
    tracep->declBus(c+2087,"o_j", false,-1, 8,0);
    tracep->declBus(c+2088,"o_slot", false,-1, 4,0);
    tracep->declBus(c+2117,"o_active", false,-1, 0,0);
    tracep->declBus(c+2118,"o_rows", false,-1, 12,0);
    tracep->declBus(c+2119,"o_w", false,-1, 15,0);
    tracep->declBus(c+2120,"products", false,-1, 31,0);
    tracep->declBit(c+2089,"a_valid", false,-1);
    tracep->declBus(c+2090,"a_j", false,-1, 8,0);
    tracep->declBus(c+2091,"a_slot", false,-1, 4,0);
    tracep->declBus(c+2092,"a_active", false,-1, 0,0);
    tracep->declBus(c+2093,"a_rows", false,-1, 12,0);
    tracep->declBus(c+2094,"a_products", false,-1, 31,0);
    tracep->declBus(c+2121,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+2122,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+2123,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+2095,"acc_we", false,-1, 0,0);
    tracep->declBus(c+2096,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+2097,"out_we", false,-1, 0,0);
    tracep->declBus(c+2121,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+2124,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+2121,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2123,"acc", false,-1, 23,0);
    tracep->declBus(c+2094,"product", false,-1, 31,0);
    tracep->declBus(c+2096,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+2125,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2119,"w", false,-1, 15,0);
    tracep->declBus(c+2116,"x", false,-1, 15,0);
    tracep->declBus(c+2120,"product", false,-1, 31,0);
    tracep->declBus(c+2119,"ws", false,-1, 15,0);
    tracep->declBus(c+2116,"xs", false,-1, 15,0);
    tracep->declBus(c+2120,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2123,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+2124,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+2127,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+2128,"rounded", false,-1, 24,0);
    tracep->declBus(c+2129,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+2122,"raddr", false,-1, 12,0);
    tracep->declBus(c+2123,"rdata", false,-1, 23,0);
    tracep->declBus(c+2095,"we", false,-1, 0,0);
    tracep->declBus(c+2093,"waddr", false,-1, 12,0);
    tracep->declBus(c+2096,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+99,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+2130,"live", false,-1, 8191,0);
    tracep->declBus(c+2386,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+230,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+2098,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+2104,"head_valid", false,-1);
    tracep->declBus(c+2387,"head_x", false,-1, 15,0);
    tracep->declBus(c+2388,"head_j", false,-1, 8,0);
    tracep->declBus(c+2389,"head_c", false,-1, 8,0);
    tracep->declBus(c+2390,"head_t", false,-1, 6,0);
    tracep->declBus(c+2391,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2103,"pop", false,-1);
    tracep->declBus(c+2105,"k_addr", false,-1, 13,0);
    tracep->declBus(c+2106,"k_word", false,-1, 6,0);
    tracep->declBit(c+2107,"busy", false,-1);
    tracep->declBit(c+2080,"issue", false,-1);
    tracep->declBus(c+2108,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2081,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2082,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+2109,"issue_active", false,-1, 0,0);
    tracep->declBus(c+2110,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+2107,"col_valid", false,-1);
    tracep->declBit(c+2392,"col_reload", false,-1);
    tracep->declBus(c+2393,"col_x", false,-1, 15,0);
    tracep->declBus(c+2394,"col_j", false,-1, 8,0);
    tracep->declBus(c+2395,"col_c", false,-1, 8,0);
    tracep->declBus(c+2396,"col_t", false,-1, 6,0);
    tracep->declBus(c+2397,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2398,"col_slot", false,-1, 4,0);
    tracep->declBit(c+2399,"k_valid", false,-1);
    tracep->declBus(c+2400,"k_col", false,-1, 8,0);
    tracep->declBus(c+2401,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2402,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2403,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2082,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+2404,"cur_reload", false,-1);
    tracep->declBus(c+2405,"next_slot", false,-1, 4,0);
    tracep->declBit(c+2406,"next_valid", false,-1);
    tracep->declBus(c+2407,"first_b", false,-1, 5,0);
    tracep->declBus(c+2408,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+2409,"base_row", false,-1, 12,0);
    tracep->declBus(c+2410,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+2106,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2411,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2412,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2413,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+2414+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2430,"k", false,-1, 6,0);
    tracep->declBus(c+2431,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2097,"we", false,-1, 0,0);
    tracep->declBus(c+2121,"waddr", false,-1, 12,0);
    tracep->declBus(c+2124,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+100,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2432,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+46,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+2105,"raddr", false,-1, 13,0);
    tracep->declBus(c+2106,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2075,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+2103,"pop", false,-1);
    tracep->declQuad(c+2101,"head_data", false,-1, 47,0);
    tracep->declBus(c+2079,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+2433+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2437,"head", false,-1, 0,0);
    tracep->declBus(c+2438,"tail", false,-1, 0,0);
    tracep->declBus(c+2079,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+45,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+2114,"raddr", false,-1, 13,0);
    tracep->declBus(c+2115,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+231,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2439,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+47,"ld_we_w", false,-1);
    tracep->declBit(c+48,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+101,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+102,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2440,"room", false,-1);
    tracep->declBit(c+2441,"idle", false,-1);
    tracep->declBit(c+2442,"drained", false,-1);
    tracep->declBus(c+2443,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+2444,"tr_i_valid", false,-1);
    tracep->declBus(c+2445,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2446,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+2447,"tr_w_valid", false,-1);
    tracep->declBus(c+2448,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2449,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+2450,"tr_m_valid", false,-1);
    tracep->declBus(c+2451,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2452,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+2453,"tr_a_valid", false,-1);
    tracep->declBus(c+2454,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2455,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+2456,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+2457,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+2458,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+2459,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+2460,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+2461,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+231,"se_wide", false,-1, 5,0);
    tracep->declBus(c+2462,"se", false,-1, 4,0);
    tracep->declBus(c+2463,"rows", false,-1, 12,0);
    tracep->declBit(c+2464,"unused_se_high", false,-1);
    tracep->declQuad(c+2465,"q_head", false,-1, 47,0);
    tracep->declBus(c+2443,"q_count", false,-1, 1,0);
    tracep->declBit(c+2467,"pop", false,-1);
    tracep->declBit(c+2468,"q_nonempty", false,-1);
    tracep->declBus(c+2469,"k_addr", false,-1, 13,0);
    tracep->declBus(c+2470,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+2471,"col_busy", false,-1);
    tracep->declBit(c+2444,"issue", false,-1);
    tracep->declBus(c+2472,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2445,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2446,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+2473,"cur_active", false,-1, 0,0);
    tracep->declBus(c+2474,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+2447,"i_valid", false,-1);
    tracep->declBus(c+2475,"i_x", false,-1, 15,0);
    tracep->declBus(c+2448,"i_j", false,-1, 8,0);
    tracep->declBus(c+2449,"i_slot", false,-1, 4,0);
    tracep->declBus(c+2476,"i_active", false,-1, 0,0);
    tracep->declBus(c+2477,"i_rows", false,-1, 12,0);
    tracep->declBus(c+2478,"w_addr", false,-1, 13,0);
    tracep->declBus(c+2479,"w_word", false,-1, 15,0);
    tracep->declBit(c+2450,"o_valid", false,-1);
    tracep->declBus(c+2480,"o_x", false,-1, 15,0);
    tracep->declBus(c+2451,"o_j", false,-1, 8,0);
    tracep->declBus(c+2452,"o_slot", false,-1, 4,0);
    tracep->declBus(c+2481,"o_active", false,-1, 0,0);
    tracep->declBus(c+2482,"o_rows", false,-1, 12,0);
    tracep->declBus(c+2483,"o_w", false,-1, 15,0);
    tracep->declBus(c+2484,"products", false,-1, 31,0);
    tracep->declBit(c+2453,"a_valid", false,-1);
    tracep->declBus(c+2454,"a_j", false,-1, 8,0);
    tracep->declBus(c+2455,"a_slot", false,-1, 4,0);
    tracep->declBus(c+2456,"a_active", false,-1, 0,0);
    tracep->declBus(c+2457,"a_rows", false,-1, 12,0);
    tracep->declBus(c+2458,"a_products", false,-1, 31,0);
    tracep->declBus(c+2485,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+2486,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+2487,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+2459,"acc_we", false,-1, 0,0);
    tracep->declBus(c+2460,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+2461,"out_we", false,-1, 0,0);
    tracep->declBus(c+2485,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+2488,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+2485,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2487,"acc", false,-1, 23,0);
    tracep->declBus(c+2458,"product", false,-1, 31,0);
    tracep->declBus(c+2460,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+2489,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2483,"w", false,-1, 15,0);
    tracep->declBus(c+2480,"x", false,-1, 15,0);
    tracep->declBus(c+2484,"product", false,-1, 31,0);
    tracep->declBus(c+2483,"ws", false,-1, 15,0);
    tracep->declBus(c+2480,"xs", false,-1, 15,0);
    tracep->declBus(c+2484,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2487,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+2488,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+2491,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+2492,"rounded", false,-1, 24,0);
    tracep->declBus(c+2493,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+2486,"raddr", false,-1, 12,0);
    tracep->declBus(c+2487,"rdata", false,-1, 23,0);
    tracep->declBus(c+2459,"we", false,-1, 0,0);
    tracep->declBus(c+2457,"waddr", false,-1, 12,0);
    tracep->declBus(c+2460,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+101,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+2494,"live", false,-1, 8191,0);
    tracep->declBus(c+2750,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+231,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+2462,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+2468,"head_valid", false,-1);
    tracep->declBus(c+2751,"head_x", false,-1, 15,0);
    tracep->declBus(c+2752,"head_j", false,-1, 8,0);
    tracep->declBus(c+2753,"head_c", false,-1, 8,0);
    tracep->declBus(c+2754,"head_t", false,-1, 6,0);
    tracep->declBus(c+2755,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2467,"pop", false,-1);
    tracep->declBus(c+2469,"k_addr", false,-1, 13,0);
    tracep->declBus(c+2470,"k_word", false,-1, 6,0);
    tracep->declBit(c+2471,"busy", false,-1);
    tracep->declBit(c+2444,"issue", false,-1);
    tracep->declBus(c+2472,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2445,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2446,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+2473,"issue_active", false,-1, 0,0);
    tracep->declBus(c+2474,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+2471,"col_valid", false,-1);
    tracep->declBit(c+2756,"col_reload", false,-1);
    tracep->declBus(c+2757,"col_x", false,-1, 15,0);
    tracep->declBus(c+2758,"col_j", false,-1, 8,0);
    tracep->declBus(c+2759,"col_c", false,-1, 8,0);
    tracep->declBus(c+2760,"col_t", false,-1, 6,0);
    tracep->declBus(c+2761,"col_cm", false,-1, 6,0);
    tracep->declBus(c+2762,"col_slot", false,-1, 4,0);
    tracep->declBit(c+2763,"k_valid", false,-1);
    tracep->declBus(c+2764,"k_col", false,-1, 8,0);
    tracep->declBus(c+2765,"cur_c", false,-1, 8,0);
    tracep->declBus(c+2766,"cur_t", false,-1, 6,0);
    tracep->declBus(c+2767,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2446,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+2768,"cur_reload", false,-1);
    tracep->declBus(c+2769,"next_slot", false,-1, 4,0);
    tracep->declBit(c+2770,"next_valid", false,-1);
    tracep->declBus(c+2771,"first_b", false,-1, 5,0);
    tracep->declBus(c+2772,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+2773,"base_row", false,-1, 12,0);
    tracep->declBus(c+2774,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+2470,"k_stored", false,-1, 6,0);
    tracep->declBus(c+2775,"k_sum", false,-1, 7,0);
    tracep->declBus(c+2776,"k_formula", false,-1, 6,0);
    tracep->declBus(c+2777,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+2778+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+2794,"k", false,-1, 6,0);
    tracep->declBus(c+2795,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2461,"we", false,-1, 0,0);
    tracep->declBus(c+2485,"waddr", false,-1, 12,0);
    tracep->declBus(c+2488,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+102,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+2796,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+48,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+2469,"raddr", false,-1, 13,0);
    tracep->declBus(c+2470,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2439,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+2467,"pop", false,-1);
    tracep->declQuad(c+2465,"head_data", false,-1, 47,0);
    tracep->declBus(c+2443,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+2797+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+2801,"head", false,-1, 0,0);
    tracep->declBus(c+2802,"tail", false,-1, 0,0);
    tracep->declBus(c+2443,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+47,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+2478,"raddr", false,-1, 13,0);
    tracep->declBus(c+2479,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0\n"); );
    // Init
    const int c = vlSymsp->__Vm_baseCode;
    // Body
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3169,"QUEUE_DEPTH", false,-1, 31,0);
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+3172,"MAX_COLUMNS", false,-1, 31,0);
    tracep->declBus(c+3173,"MAX_P", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_BLOCK_ROWS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBus(c+3169,"QCW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBit(c+131,"drain", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+232,"cfg_block_rows", false,-1, 5,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+117,"cfg_relu", false,-1);
    tracep->declBus(c+116,"cfg_frac", false,-1, 3,0);
    tracep->declBit(c+2803,"push", false,-1);
    tracep->declBus(c+132,"push_x", false,-1, 15,0);
    tracep->declBus(c+107,"push_j", false,-1, 8,0);
    tracep->declBus(c+133,"push_c", false,-1, 8,0);
    tracep->declBus(c+134,"push_t", false,-1, 6,0);
    tracep->declBus(c+135,"push_cm", false,-1, 6,0);
    tracep->declBit(c+49,"ld_we_w", false,-1);
    tracep->declBit(c+50,"ld_we_k", false,-1);
    tracep->declBus(c+17,"ld_addr", false,-1, 13,0);
    tracep->declBus(c+35,"ld_data", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_row", false,-1, 12,0);
    tracep->declBus(c+103,"dbg_acc", false,-1, 23,0);
    tracep->declBus(c+104,"dbg_out", false,-1, 15,0);
    tracep->declBit(c+2804,"room", false,-1);
    tracep->declBit(c+2805,"idle", false,-1);
    tracep->declBit(c+2806,"drained", false,-1);
    tracep->declBus(c+2807,"tr_qcount", false,-1, 1,0);
    tracep->declBit(c+2808,"tr_i_valid", false,-1);
    tracep->declBus(c+2809,"tr_i_j", false,-1, 8,0);
    tracep->declBus(c+2810,"tr_i_slot", false,-1, 4,0);
    tracep->declBit(c+2811,"tr_w_valid", false,-1);
    tracep->declBus(c+2812,"tr_w_j", false,-1, 8,0);
    tracep->declBus(c+2813,"tr_w_slot", false,-1, 4,0);
    tracep->declBit(c+2814,"tr_m_valid", false,-1);
    tracep->declBus(c+2815,"tr_m_j", false,-1, 8,0);
    tracep->declBus(c+2816,"tr_m_slot", false,-1, 4,0);
    tracep->declBit(c+2817,"tr_a_valid", false,-1);
    tracep->declBus(c+2818,"tr_a_j", false,-1, 8,0);
    tracep->declBus(c+2819,"tr_a_slot", false,-1, 4,0);
    tracep->declBus(c+2820,"tr_a_active", false,-1, 0,0);
    tracep->declBus(c+2821,"tr_a_rows", false,-1, 12,0);
    tracep->declBus(c+2822,"tr_a_products", false,-1, 31,0);
    tracep->declBus(c+2823,"tr_acc_we", false,-1, 0,0);
    tracep->declBus(c+2824,"tr_acc_wdata", false,-1, 23,0);
    tracep->declBus(c+2825,"tr_out_we", false,-1, 0,0);
    tracep->declBus(c+3196,"QDW", false,-1, 31,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3198,"QD_I", false,-1, 31,0);
    tracep->declBus(c+3199,"NMUL_M1", false,-1, 5,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3201,"NMUL_R", false,-1, 12,0);
    tracep->declBus(c+3184,"QDEPTH", false,-1, 1,0);
    tracep->declBus(c+232,"se_wide", false,-1, 5,0);
    tracep->declBus(c+2826,"se", false,-1, 4,0);
    tracep->declBus(c+2827,"rows", false,-1, 12,0);
    tracep->declBit(c+2828,"unused_se_high", false,-1);
    tracep->declQuad(c+2829,"q_head", false,-1, 47,0);
    tracep->declBus(c+2807,"q_count", false,-1, 1,0);
    tracep->declBit(c+2831,"pop", false,-1);
    tracep->declBit(c+2832,"q_nonempty", false,-1);
    tracep->declBus(c+2833,"k_addr", false,-1, 13,0);
    tracep->declBus(c+2834,"k_word", false,-1, 6,0);
    tracep->declBus(c+36,"k_wdata", false,-1, 6,0);
    tracep->declBit(c+2835,"col_busy", false,-1);
    tracep->declBit(c+2808,"issue", false,-1);
    tracep->declBus(c+2836,"cur_x", false,-1, 15,0);
    tracep->declBus(c+2809,"cur_j", false,-1, 8,0);
    tracep->declBus(c+2810,"cur_slot", false,-1, 4,0);
    tracep->declBus(c+2837,"cur_active", false,-1, 0,0);
    tracep->declBus(c+2838,"cur_rows", false,-1, 12,0);
    tracep->declBit(c+2811,"i_valid", false,-1);
    tracep->declBus(c+2839,"i_x", false,-1, 15,0);
    tracep->declBus(c+2812,"i_j", false,-1, 8,0);
    tracep->declBus(c+2813,"i_slot", false,-1, 4,0);
    tracep->declBus(c+2840,"i_active", false,-1, 0,0);
    tracep->declBus(c+2841,"i_rows", false,-1, 12,0);
    tracep->declBus(c+2842,"w_addr", false,-1, 13,0);
    tracep->declBus(c+2843,"w_word", false,-1, 15,0);
    tracep->declBit(c+2814,"o_valid", false,-1);
    tracep->declBus(c+2844,"o_x", false,-1, 15,0);
    tracep->declBus(c+2815,"o_j", false,-1, 8,0);
    tracep->declBus(c+2816,"o_slot", false,-1, 4,0);
    tracep->declBus(c+2845,"o_active", false,-1, 0,0);
    tracep->declBus(c+2846,"o_rows", false,-1, 12,0);
    tracep->declBus(c+2847,"o_w", false,-1, 15,0);
    tracep->declBus(c+2848,"products", false,-1, 31,0);
    tracep->declBit(c+2817,"a_valid", false,-1);
    tracep->declBus(c+2818,"a_j", false,-1, 8,0);
    tracep->declBus(c+2819,"a_slot", false,-1, 4,0);
    tracep->declBus(c+2820,"a_active", false,-1, 0,0);
    tracep->declBus(c+2821,"a_rows", false,-1, 12,0);
    tracep->declBus(c+2822,"a_products", false,-1, 31,0);
    tracep->declBus(c+2849,"d_ptr", false,-1, 12,0);
    tracep->declBus(c+2850,"acc_raddr", false,-1, 12,0);
    tracep->declBus(c+2851,"acc_rdata", false,-1, 23,0);
    tracep->declBus(c+2823,"acc_we", false,-1, 0,0);
    tracep->declBus(c+2824,"acc_wdata", false,-1, 23,0);
    tracep->declBus(c+2825,"out_we", false,-1, 0,0);
    tracep->declBus(c+2849,"out_waddr", false,-1, 12,0);
    tracep->declBus(c+2852,"out_wdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3202,"LANE_L", false,-1, 0,0);
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+2849,"d_row", false,-1, 12,0);
    tracep->pushNamePrefix("u_acc ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2851,"acc", false,-1, 23,0);
    tracep->declBus(c+2822,"product", false,-1, 31,0);
    tracep->declBus(c+2824,"sum", false,-1, 23,0);
    tracep->declBus(c+3204,"SUMW", false,-1, 31,0);
    tracep->declQuad(c+3205,"MAX", false,-1, 32,0);
    tracep->declQuad(c+3207,"MIN", false,-1, 32,0);
    tracep->declBus(c+3209,"MAX_A", false,-1, 23,0);
    tracep->declBus(c+3210,"MIN_A", false,-1, 23,0);
    tracep->declQuad(c+2853,"exact", false,-1, 32,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_mul ");
    tracep->declBus(c+2847,"w", false,-1, 15,0);
    tracep->declBus(c+2844,"x", false,-1, 15,0);
    tracep->declBus(c+2848,"product", false,-1, 31,0);
    tracep->declBus(c+2847,"ws", false,-1, 15,0);
    tracep->declBus(c+2844,"xs", false,-1, 15,0);
    tracep->declBus(c+2848,"ps", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_requant ");
    tracep->declBus(c+3171,"ACC_BITS", false,-1, 31,0);
    tracep->declBus(c+2851,"acc", false,-1, 23,0);
    tracep->declBit(c+117,"relu", false,-1);
    tracep->declBus(c+116,"frac", false,-1, 3,0);
    tracep->declBus(c+2852,"out", false,-1, 15,0);
    tracep->declBus(c+3211,"QW", false,-1, 31,0);
    tracep->declBus(c+3212,"MAX", false,-1, 24,0);
    tracep->declBus(c+3213,"MIN", false,-1, 24,0);
    tracep->declBus(c+2855,"rectified", false,-1, 23,0);
    tracep->declBus(c+304,"half", false,-1, 24,0);
    tracep->declBus(c+2856,"rounded", false,-1, 24,0);
    tracep->declBus(c+2857,"shifted", false,-1, 24,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_accmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3171,"DW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBus(c+2850,"raddr", false,-1, 12,0);
    tracep->declBus(c+2851,"rdata", false,-1, 23,0);
    tracep->declBus(c+2823,"we", false,-1, 0,0);
    tracep->declBus(c+2821,"waddr", false,-1, 12,0);
    tracep->declBus(c+2824,"wdata", false,-1, 23,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+103,"dbg_data", false,-1, 23,0);
    tracep->declArray(c+2858,"live", false,-1, 8191,0);
    tracep->declBus(c+3114,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_idx ");
    tracep->declBus(c+3168,"N_MUL", false,-1, 31,0);
    tracep->declBus(c+3174,"MAX_SLOTS", false,-1, 31,0);
    tracep->declBus(c+3175,"PW", false,-1, 31,0);
    tracep->declBus(c+3176,"CW", false,-1, 31,0);
    tracep->declBus(c+3178,"SW", false,-1, 31,0);
    tracep->declBus(c+3168,"LW", false,-1, 31,0);
    tracep->declBus(c+3177,"BW", false,-1, 31,0);
    tracep->declBus(c+3179,"RW", false,-1, 31,0);
    tracep->declBus(c+3180,"WAW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"start", false,-1);
    tracep->declBit(c+32,"clear", false,-1);
    tracep->declBit(c+130,"compute", false,-1);
    tracep->declBus(c+115,"cfg_p", false,-1, 6,0);
    tracep->declBus(c+232,"cfg_block_rows", false,-1, 5,0);
    tracep->declBus(c+2826,"slots", false,-1, 4,0);
    tracep->declBit(c+118,"cfg_formula", false,-1);
    tracep->declBit(c+2832,"head_valid", false,-1);
    tracep->declBus(c+3115,"head_x", false,-1, 15,0);
    tracep->declBus(c+3116,"head_j", false,-1, 8,0);
    tracep->declBus(c+3117,"head_c", false,-1, 8,0);
    tracep->declBus(c+3118,"head_t", false,-1, 6,0);
    tracep->declBus(c+3119,"head_cm", false,-1, 6,0);
    tracep->declBit(c+2831,"pop", false,-1);
    tracep->declBus(c+2833,"k_addr", false,-1, 13,0);
    tracep->declBus(c+2834,"k_word", false,-1, 6,0);
    tracep->declBit(c+2835,"busy", false,-1);
    tracep->declBit(c+2808,"issue", false,-1);
    tracep->declBus(c+2836,"issue_x", false,-1, 15,0);
    tracep->declBus(c+2809,"issue_j", false,-1, 8,0);
    tracep->declBus(c+2810,"issue_slot", false,-1, 4,0);
    tracep->declBus(c+2837,"issue_active", false,-1, 0,0);
    tracep->declBus(c+2838,"issue_rows", false,-1, 12,0);
    tracep->declBus(c+3197,"NMUL_I", false,-1, 31,0);
    tracep->declBus(c+3200,"NMUL_B", false,-1, 5,0);
    tracep->declBus(c+3214,"NMUL_L", false,-1, 0,0);
    tracep->declBus(c+3170,"KAW", false,-1, 31,0);
    tracep->declBit(c+2835,"col_valid", false,-1);
    tracep->declBit(c+3120,"col_reload", false,-1);
    tracep->declBus(c+3121,"col_x", false,-1, 15,0);
    tracep->declBus(c+3122,"col_j", false,-1, 8,0);
    tracep->declBus(c+3123,"col_c", false,-1, 8,0);
    tracep->declBus(c+3124,"col_t", false,-1, 6,0);
    tracep->declBus(c+3125,"col_cm", false,-1, 6,0);
    tracep->declBus(c+3126,"col_slot", false,-1, 4,0);
    tracep->declBit(c+3127,"k_valid", false,-1);
    tracep->declBus(c+3128,"k_col", false,-1, 8,0);
    tracep->declBus(c+3129,"cur_c", false,-1, 8,0);
    tracep->declBus(c+3130,"cur_t", false,-1, 6,0);
    tracep->declBus(c+3131,"cur_cm", false,-1, 6,0);
    tracep->declBus(c+2810,"cur_slot", false,-1, 4,0);
    tracep->declBit(c+3132,"cur_reload", false,-1);
    tracep->declBus(c+3133,"next_slot", false,-1, 4,0);
    tracep->declBit(c+3134,"next_valid", false,-1);
    tracep->declBus(c+3135,"first_b", false,-1, 5,0);
    tracep->declBus(c+3136,"rest_b", false,-1, 5,0);
    tracep->declBus(c+586,"p_wide", false,-1, 12,0);
    tracep->declBus(c+3137,"base_row", false,-1, 12,0);
    tracep->declBus(c+3138,"k_index", false,-1, 3,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->declBus(c+3203,"LANE_R", false,-1, 12,0);
    tracep->declBus(c+2834,"k_stored", false,-1, 6,0);
    tracep->declBus(c+3139,"k_sum", false,-1, 7,0);
    tracep->declBus(c+3140,"k_formula", false,-1, 6,0);
    tracep->declBus(c+3141,"k_load", false,-1, 6,0);
    for (int i = 0; i < 16; ++i) {
        tracep->declBus(c+3142+i*1,"k_reg", true,(i+0), 6,0);
    }
    tracep->declBus(c+3158,"k", false,-1, 6,0);
    tracep->declBus(c+3159,"local_row", false,-1, 6,0);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_outmem ");
    tracep->declBus(c+3179,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"PORTS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBus(c+2825,"we", false,-1, 0,0);
    tracep->declBus(c+2849,"waddr", false,-1, 12,0);
    tracep->declBus(c+2852,"wdata", false,-1, 15,0);
    tracep->declBus(c+21,"dbg_addr", false,-1, 12,0);
    tracep->declBus(c+104,"dbg_data", false,-1, 15,0);
    tracep->declBus(c+3160,"q", false,-1, 31,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_perm ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3175,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+50,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+36,"wdata", false,-1, 6,0);
    tracep->declBus(c+2833,"raddr", false,-1, 13,0);
    tracep->declBus(c+2834,"rdata", false,-1, 6,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("u_queue ");
    tracep->declBus(c+3169,"DEPTH", false,-1, 31,0);
    tracep->declBus(c+3196,"DW", false,-1, 31,0);
    tracep->declBus(c+3169,"CNTW", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+4,"clear", false,-1);
    tracep->declBit(c+2803,"push", false,-1);
    tracep->declQuad(c+611,"push_data", false,-1, 47,0);
    tracep->declBit(c+2831,"pop", false,-1);
    tracep->declQuad(c+2829,"head_data", false,-1, 47,0);
    tracep->declBus(c+2807,"count", false,-1, 1,0);
    tracep->declBus(c+3168,"PTRW", false,-1, 31,0);
    tracep->declBus(c+3197,"LAST_I", false,-1, 31,0);
    tracep->declBus(c+3214,"LAST", false,-1, 0,0);
    for (int i = 0; i < 2; ++i) {
        tracep->declQuad(c+3161+i*2,"mem", true,(i+0), 47,0);
    }
    tracep->declBus(c+3165,"head", false,-1, 0,0);
    tracep->declBus(c+3166,"tail", false,-1, 0,0);
    tracep->declBus(c+2807,"cnt", false,-1, 1,0);
    tracep->popNamePrefix(1);
    tracep->pushNamePrefix("u_weights ");
    tracep->declBus(c+3180,"AW", false,-1, 31,0);
    tracep->declBus(c+3168,"LANES", false,-1, 31,0);
    tracep->declBus(c+3174,"LBITS", false,-1, 31,0);
    tracep->declBit(c+2,"clk", false,-1);
    tracep->declBit(c+49,"we", false,-1);
    tracep->declBus(c+17,"waddr", false,-1, 13,0);
    tracep->declBus(c+35,"wdata", false,-1, 15,0);
    tracep->declBus(c+2842,"raddr", false,-1, 13,0);
    tracep->declBus(c+2843,"rdata", false,-1, 15,0);
    tracep->pushNamePrefix("g_lane[0] ");
    tracep->popNamePrefix(2);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_init_top(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_init_top\n"); );
    // Body
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__0(vlSelf, tracep);
    tracep->pushNamePrefix("permdnn_engine ");
    tracep->pushNamePrefix("g_pe[0] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[1] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[2] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[3] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[4] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[5] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[6] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(2);
    tracep->pushNamePrefix("g_pe[7] ");
    tracep->pushNamePrefix("u_pe ");
    Vpe8_mul1_q2_s4_a24___024root__trace_init_sub__TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe__0(vlSelf, tracep);
    tracep->popNamePrefix(3);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_full_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp);
void Vpe8_mul1_q2_s4_a24___024root__trace_chg_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp);
void Vpe8_mul1_q2_s4_a24___024root__trace_cleanup(void* voidSelf, VerilatedVcd* /*unused*/);

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_register(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd* tracep) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_register\n"); );
    // Body
    tracep->addFullCb(&Vpe8_mul1_q2_s4_a24___024root__trace_full_top_0, vlSelf);
    tracep->addChgCb(&Vpe8_mul1_q2_s4_a24___024root__trace_chg_top_0, vlSelf);
    tracep->addCleanupCb(&Vpe8_mul1_q2_s4_a24___024root__trace_cleanup, vlSelf);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_full_sub_0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd::Buffer* bufp);

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_full_top_0(void* voidSelf, VerilatedVcd::Buffer* bufp) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_full_top_0\n"); );
    // Init
    Vpe8_mul1_q2_s4_a24___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpe8_mul1_q2_s4_a24___024root*>(voidSelf);
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    // Body
    Vpe8_mul1_q2_s4_a24___024root__trace_full_sub_0((&vlSymsp->TOP), bufp);
}

VL_ATTR_COLD void Vpe8_mul1_q2_s4_a24___024root__trace_full_sub_0(Vpe8_mul1_q2_s4_a24___024root* vlSelf, VerilatedVcd::Buffer* bufp) {
    if (false && vlSelf) {}  // Prevent unused
    Vpe8_mul1_q2_s4_a24__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vpe8_mul1_q2_s4_a24___024root__trace_full_sub_0\n"); );
    // Init
    uint32_t* const oldp VL_ATTR_UNUSED = bufp->oldp(vlSymsp->__Vm_baseCode);
    // Body
    bufp->fullIData(oldp+1,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__i),32);
    bufp->fullBit(oldp+2,(vlSelf->__Vcellinp__permdnn_engine__clk));
    bufp->fullBit(oldp+3,(vlSelf->__Vcellinp__permdnn_engine__rst));
    bufp->fullBit(oldp+4,(vlSelf->__Vcellinp__permdnn_engine__start));
    bufp->fullSData(oldp+5,(vlSelf->__Vcellinp__permdnn_engine__cfg_n),9);
    bufp->fullCData(oldp+6,(vlSelf->__Vcellinp__permdnn_engine__cfg_first_word),7);
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
    bufp->fullSData(oldp+17,(vlSelf->__Vcellinp__permdnn_engine__ld_addr),14);
    bufp->fullQData(oldp+18,(vlSelf->__Vcellinp__permdnn_engine__ld_data),64);
    bufp->fullCData(oldp+20,(vlSelf->__Vcellinp__permdnn_engine__dbg_pe),3);
    bufp->fullSData(oldp+21,(vlSelf->__Vcellinp__permdnn_engine__dbg_row),13);
    bufp->fullBit(oldp+22,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected));
    bufp->fullBit(oldp+23,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected));
    bufp->fullBit(oldp+24,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected));
    bufp->fullBit(oldp+25,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected));
    bufp->fullBit(oldp+26,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected));
    bufp->fullBit(oldp+27,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected));
    bufp->fullBit(oldp+28,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected));
    bufp->fullBit(oldp+29,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected));
    bufp->fullBit(oldp+30,(vlSelf->permdnn_engine__DOT____Vcellinp__u_nzd__ld_we));
    bufp->fullCData(oldp+31,((0x3fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_addr))),6);
    bufp->fullBit(oldp+32,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__clear));
    bufp->fullBit(oldp+33,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+34,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullSData(oldp+35,((0xffffU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_data))),16);
    bufp->fullCData(oldp+36,((0x7fU & (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_data))),7);
    bufp->fullBit(oldp+37,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+38,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+39,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+40,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+41,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+42,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+43,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+44,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+45,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+46,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+47,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+48,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+49,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
                            & (1U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullBit(oldp+50,(((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__selected) 
                            & (2U == (IData)(vlSelf->__Vcellinp__permdnn_engine__ld_sel)))));
    bufp->fullIData(oldp+51,(vlSelf->permdnn_engine__DOT__pe_acc
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),24);
    bufp->fullSData(oldp+52,(vlSelf->permdnn_engine__DOT__pe_out
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),16);
    bufp->fullBit(oldp+53,((1U & ((IData)(vlSelf->permdnn_engine__DOT__active) 
                                  >> (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_pe)))));
    bufp->fullCData(oldp+54,(vlSelf->permdnn_engine__DOT__pe_qcount
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),2);
    bufp->fullBit(oldp+55,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0) 
                                  >> 0xeU))));
    bufp->fullSData(oldp+56,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0) 
                                        >> 5U))),9);
    bufp->fullCData(oldp+57,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h2f388f02__0))),5);
    bufp->fullBit(oldp+58,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0) 
                                  >> 0xeU))));
    bufp->fullSData(oldp+59,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0) 
                                        >> 5U))),9);
    bufp->fullCData(oldp+60,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_hc1077f7f__0))),5);
    bufp->fullBit(oldp+61,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0) 
                                  >> 0xeU))));
    bufp->fullSData(oldp+62,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0) 
                                        >> 5U))),9);
    bufp->fullCData(oldp+63,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_h9b1ccc28__0))),5);
    bufp->fullBit(oldp+64,((1U & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0) 
                                  >> 0xeU))));
    bufp->fullSData(oldp+65,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0) 
                                        >> 5U))),9);
    bufp->fullCData(oldp+66,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT____VdfgTmp_ha672a51e__0))),5);
    bufp->fullBit(oldp+67,(vlSelf->permdnn_engine__DOT__pe_a_active
                           [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]));
    bufp->fullSData(oldp+68,(vlSelf->permdnn_engine__DOT__pe_a_rows
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),13);
    bufp->fullIData(oldp+69,(vlSelf->permdnn_engine__DOT__pe_a_prod
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),32);
    bufp->fullBit(oldp+70,(vlSelf->permdnn_engine__DOT__pe_acc_we
                           [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]));
    bufp->fullIData(oldp+71,(vlSelf->permdnn_engine__DOT__pe_acc_wdata
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]),24);
    bufp->fullBit(oldp+72,(vlSelf->permdnn_engine__DOT__pe_out_we
                           [vlSelf->__Vcellinp__permdnn_engine__dbg_pe]));
    bufp->fullIData(oldp+73,(vlSelf->permdnn_engine__DOT__pe_acc[0]),24);
    bufp->fullIData(oldp+74,(vlSelf->permdnn_engine__DOT__pe_acc[1]),24);
    bufp->fullIData(oldp+75,(vlSelf->permdnn_engine__DOT__pe_acc[2]),24);
    bufp->fullIData(oldp+76,(vlSelf->permdnn_engine__DOT__pe_acc[3]),24);
    bufp->fullIData(oldp+77,(vlSelf->permdnn_engine__DOT__pe_acc[4]),24);
    bufp->fullIData(oldp+78,(vlSelf->permdnn_engine__DOT__pe_acc[5]),24);
    bufp->fullIData(oldp+79,(vlSelf->permdnn_engine__DOT__pe_acc[6]),24);
    bufp->fullIData(oldp+80,(vlSelf->permdnn_engine__DOT__pe_acc[7]),24);
    bufp->fullSData(oldp+81,(vlSelf->permdnn_engine__DOT__pe_out[0]),16);
    bufp->fullSData(oldp+82,(vlSelf->permdnn_engine__DOT__pe_out[1]),16);
    bufp->fullSData(oldp+83,(vlSelf->permdnn_engine__DOT__pe_out[2]),16);
    bufp->fullSData(oldp+84,(vlSelf->permdnn_engine__DOT__pe_out[3]),16);
    bufp->fullSData(oldp+85,(vlSelf->permdnn_engine__DOT__pe_out[4]),16);
    bufp->fullSData(oldp+86,(vlSelf->permdnn_engine__DOT__pe_out[5]),16);
    bufp->fullSData(oldp+87,(vlSelf->permdnn_engine__DOT__pe_out[6]),16);
    bufp->fullSData(oldp+88,(vlSelf->permdnn_engine__DOT__pe_out[7]),16);
    bufp->fullIData(oldp+89,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),24);
    bufp->fullSData(oldp+90,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+91,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),24);
    bufp->fullSData(oldp+92,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+93,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),24);
    bufp->fullSData(oldp+94,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+95,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),24);
    bufp->fullSData(oldp+96,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+97,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),24);
    bufp->fullSData(oldp+98,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                             [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+99,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                     ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                      >> 5U)] >> (0x1fU 
                                                  & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                               ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                               : 0U)),24);
    bufp->fullSData(oldp+100,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+101,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),24);
    bufp->fullSData(oldp+102,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullIData(oldp+103,(((1U & (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live[
                                      ((IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row) 
                                       >> 5U)] >> (0x1fU 
                                                   & (IData)(vlSelf->__Vcellinp__permdnn_engine__dbg_row))))
                                ? vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__mem
                               [vlSelf->__Vcellinp__permdnn_engine__dbg_row]
                                : 0U)),24);
    bufp->fullSData(oldp+104,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__mem
                              [vlSelf->__Vcellinp__permdnn_engine__dbg_row]),16);
    bufp->fullCData(oldp+105,(vlSelf->__Vcellout__permdnn_engine__nzd_action),2);
    bufp->fullCData(oldp+106,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word),7);
    bufp->fullSData(oldp+107,(vlSelf->__Vcellout__permdnn_engine__nzd_j),9);
    bufp->fullBit(oldp+108,(vlSelf->__Vcellout__permdnn_engine__draining));
    bufp->fullBit(oldp+109,(vlSelf->permdnn_engine__DOT__running));
    bufp->fullBit(oldp+110,(((IData)(vlSelf->permdnn_engine__DOT__finished) 
                             | (IData)(vlSelf->permdnn_engine__DOT__finish))));
    bufp->fullIData(oldp+111,(vlSelf->permdnn_engine__DOT__cycle_r),32);
    bufp->fullSData(oldp+112,(vlSelf->permdnn_engine__DOT__n_r),9);
    bufp->fullSData(oldp+113,(vlSelf->permdnn_engine__DOT__end_r),9);
    bufp->fullBit(oldp+114,(vlSelf->permdnn_engine__DOT__drain_cfg_r));
    bufp->fullCData(oldp+115,(vlSelf->permdnn_engine__DOT__p_r),7);
    bufp->fullCData(oldp+116,(vlSelf->permdnn_engine__DOT__frac_r),4);
    bufp->fullBit(oldp+117,(vlSelf->permdnn_engine__DOT__relu_r));
    bufp->fullBit(oldp+118,(vlSelf->permdnn_engine__DOT__formula_r));
    bufp->fullBit(oldp+119,(vlSelf->permdnn_engine__DOT__drain_r));
    bufp->fullBit(oldp+120,(vlSelf->permdnn_engine__DOT__finished));
    bufp->fullCData(oldp+121,(vlSelf->permdnn_engine__DOT__active),8);
    bufp->fullCData(oldp+122,((((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                << 7U) | (((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                           << 6U) | 
                                          (((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
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
    bufp->fullCData(oldp+123,(vlSelf->permdnn_engine__DOT__idle),8);
    bufp->fullCData(oldp+124,((((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained) 
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
    bufp->fullBit(oldp+125,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
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
    bufp->fullBit(oldp+126,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
                                                | (IData)(vlSelf->permdnn_engine__DOT__idle))))));
    bufp->fullBit(oldp+127,((0xffU == (0xffU & ((~ (IData)(vlSelf->permdnn_engine__DOT__active)) 
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
    bufp->fullBit(oldp+128,(((~ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more)) 
                             & (0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending)))));
    bufp->fullBit(oldp+129,(vlSelf->permdnn_engine__DOT__finish));
    bufp->fullBit(oldp+130,(vlSelf->permdnn_engine__DOT__compute));
    bufp->fullBit(oldp+131,(vlSelf->permdnn_engine__DOT__pe_drain));
    bufp->fullSData(oldp+132,(vlSelf->permdnn_engine__DOT__b_x),16);
    bufp->fullSData(oldp+133,(vlSelf->permdnn_engine__DOT__b_c),9);
    bufp->fullCData(oldp+134,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide))),7);
    bufp->fullCData(oldp+135,((0x7fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide))),7);
    bufp->fullBit(oldp+136,((2U == (IData)(vlSelf->__Vcellout__permdnn_engine__nzd_action))));
    bufp->fullCData(oldp+137,(vlSelf->permdnn_engine__DOT__pe_qcount[0]),2);
    bufp->fullCData(oldp+138,(vlSelf->permdnn_engine__DOT__pe_qcount[1]),2);
    bufp->fullCData(oldp+139,(vlSelf->permdnn_engine__DOT__pe_qcount[2]),2);
    bufp->fullCData(oldp+140,(vlSelf->permdnn_engine__DOT__pe_qcount[3]),2);
    bufp->fullCData(oldp+141,(vlSelf->permdnn_engine__DOT__pe_qcount[4]),2);
    bufp->fullCData(oldp+142,(vlSelf->permdnn_engine__DOT__pe_qcount[5]),2);
    bufp->fullCData(oldp+143,(vlSelf->permdnn_engine__DOT__pe_qcount[6]),2);
    bufp->fullCData(oldp+144,(vlSelf->permdnn_engine__DOT__pe_qcount[7]),2);
    bufp->fullSData(oldp+145,(vlSelf->permdnn_engine__DOT__pe_i[0]),15);
    bufp->fullSData(oldp+146,(vlSelf->permdnn_engine__DOT__pe_i[1]),15);
    bufp->fullSData(oldp+147,(vlSelf->permdnn_engine__DOT__pe_i[2]),15);
    bufp->fullSData(oldp+148,(vlSelf->permdnn_engine__DOT__pe_i[3]),15);
    bufp->fullSData(oldp+149,(vlSelf->permdnn_engine__DOT__pe_i[4]),15);
    bufp->fullSData(oldp+150,(vlSelf->permdnn_engine__DOT__pe_i[5]),15);
    bufp->fullSData(oldp+151,(vlSelf->permdnn_engine__DOT__pe_i[6]),15);
    bufp->fullSData(oldp+152,(vlSelf->permdnn_engine__DOT__pe_i[7]),15);
    bufp->fullSData(oldp+153,(vlSelf->permdnn_engine__DOT__pe_w[0]),15);
    bufp->fullSData(oldp+154,(vlSelf->permdnn_engine__DOT__pe_w[1]),15);
    bufp->fullSData(oldp+155,(vlSelf->permdnn_engine__DOT__pe_w[2]),15);
    bufp->fullSData(oldp+156,(vlSelf->permdnn_engine__DOT__pe_w[3]),15);
    bufp->fullSData(oldp+157,(vlSelf->permdnn_engine__DOT__pe_w[4]),15);
    bufp->fullSData(oldp+158,(vlSelf->permdnn_engine__DOT__pe_w[5]),15);
    bufp->fullSData(oldp+159,(vlSelf->permdnn_engine__DOT__pe_w[6]),15);
    bufp->fullSData(oldp+160,(vlSelf->permdnn_engine__DOT__pe_w[7]),15);
    bufp->fullSData(oldp+161,(vlSelf->permdnn_engine__DOT__pe_m[0]),15);
    bufp->fullSData(oldp+162,(vlSelf->permdnn_engine__DOT__pe_m[1]),15);
    bufp->fullSData(oldp+163,(vlSelf->permdnn_engine__DOT__pe_m[2]),15);
    bufp->fullSData(oldp+164,(vlSelf->permdnn_engine__DOT__pe_m[3]),15);
    bufp->fullSData(oldp+165,(vlSelf->permdnn_engine__DOT__pe_m[4]),15);
    bufp->fullSData(oldp+166,(vlSelf->permdnn_engine__DOT__pe_m[5]),15);
    bufp->fullSData(oldp+167,(vlSelf->permdnn_engine__DOT__pe_m[6]),15);
    bufp->fullSData(oldp+168,(vlSelf->permdnn_engine__DOT__pe_m[7]),15);
    bufp->fullSData(oldp+169,(vlSelf->permdnn_engine__DOT__pe_a[0]),15);
    bufp->fullSData(oldp+170,(vlSelf->permdnn_engine__DOT__pe_a[1]),15);
    bufp->fullSData(oldp+171,(vlSelf->permdnn_engine__DOT__pe_a[2]),15);
    bufp->fullSData(oldp+172,(vlSelf->permdnn_engine__DOT__pe_a[3]),15);
    bufp->fullSData(oldp+173,(vlSelf->permdnn_engine__DOT__pe_a[4]),15);
    bufp->fullSData(oldp+174,(vlSelf->permdnn_engine__DOT__pe_a[5]),15);
    bufp->fullSData(oldp+175,(vlSelf->permdnn_engine__DOT__pe_a[6]),15);
    bufp->fullSData(oldp+176,(vlSelf->permdnn_engine__DOT__pe_a[7]),15);
    bufp->fullBit(oldp+177,(vlSelf->permdnn_engine__DOT__pe_a_active[0]));
    bufp->fullBit(oldp+178,(vlSelf->permdnn_engine__DOT__pe_a_active[1]));
    bufp->fullBit(oldp+179,(vlSelf->permdnn_engine__DOT__pe_a_active[2]));
    bufp->fullBit(oldp+180,(vlSelf->permdnn_engine__DOT__pe_a_active[3]));
    bufp->fullBit(oldp+181,(vlSelf->permdnn_engine__DOT__pe_a_active[4]));
    bufp->fullBit(oldp+182,(vlSelf->permdnn_engine__DOT__pe_a_active[5]));
    bufp->fullBit(oldp+183,(vlSelf->permdnn_engine__DOT__pe_a_active[6]));
    bufp->fullBit(oldp+184,(vlSelf->permdnn_engine__DOT__pe_a_active[7]));
    bufp->fullSData(oldp+185,(vlSelf->permdnn_engine__DOT__pe_a_rows[0]),13);
    bufp->fullSData(oldp+186,(vlSelf->permdnn_engine__DOT__pe_a_rows[1]),13);
    bufp->fullSData(oldp+187,(vlSelf->permdnn_engine__DOT__pe_a_rows[2]),13);
    bufp->fullSData(oldp+188,(vlSelf->permdnn_engine__DOT__pe_a_rows[3]),13);
    bufp->fullSData(oldp+189,(vlSelf->permdnn_engine__DOT__pe_a_rows[4]),13);
    bufp->fullSData(oldp+190,(vlSelf->permdnn_engine__DOT__pe_a_rows[5]),13);
    bufp->fullSData(oldp+191,(vlSelf->permdnn_engine__DOT__pe_a_rows[6]),13);
    bufp->fullSData(oldp+192,(vlSelf->permdnn_engine__DOT__pe_a_rows[7]),13);
    bufp->fullIData(oldp+193,(vlSelf->permdnn_engine__DOT__pe_a_prod[0]),32);
    bufp->fullIData(oldp+194,(vlSelf->permdnn_engine__DOT__pe_a_prod[1]),32);
    bufp->fullIData(oldp+195,(vlSelf->permdnn_engine__DOT__pe_a_prod[2]),32);
    bufp->fullIData(oldp+196,(vlSelf->permdnn_engine__DOT__pe_a_prod[3]),32);
    bufp->fullIData(oldp+197,(vlSelf->permdnn_engine__DOT__pe_a_prod[4]),32);
    bufp->fullIData(oldp+198,(vlSelf->permdnn_engine__DOT__pe_a_prod[5]),32);
    bufp->fullIData(oldp+199,(vlSelf->permdnn_engine__DOT__pe_a_prod[6]),32);
    bufp->fullIData(oldp+200,(vlSelf->permdnn_engine__DOT__pe_a_prod[7]),32);
    bufp->fullBit(oldp+201,(vlSelf->permdnn_engine__DOT__pe_acc_we[0]));
    bufp->fullBit(oldp+202,(vlSelf->permdnn_engine__DOT__pe_acc_we[1]));
    bufp->fullBit(oldp+203,(vlSelf->permdnn_engine__DOT__pe_acc_we[2]));
    bufp->fullBit(oldp+204,(vlSelf->permdnn_engine__DOT__pe_acc_we[3]));
    bufp->fullBit(oldp+205,(vlSelf->permdnn_engine__DOT__pe_acc_we[4]));
    bufp->fullBit(oldp+206,(vlSelf->permdnn_engine__DOT__pe_acc_we[5]));
    bufp->fullBit(oldp+207,(vlSelf->permdnn_engine__DOT__pe_acc_we[6]));
    bufp->fullBit(oldp+208,(vlSelf->permdnn_engine__DOT__pe_acc_we[7]));
    bufp->fullIData(oldp+209,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[0]),24);
    bufp->fullIData(oldp+210,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[1]),24);
    bufp->fullIData(oldp+211,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[2]),24);
    bufp->fullIData(oldp+212,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[3]),24);
    bufp->fullIData(oldp+213,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[4]),24);
    bufp->fullIData(oldp+214,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[5]),24);
    bufp->fullIData(oldp+215,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[6]),24);
    bufp->fullIData(oldp+216,(vlSelf->permdnn_engine__DOT__pe_acc_wdata[7]),24);
    bufp->fullBit(oldp+217,(vlSelf->permdnn_engine__DOT__pe_out_we[0]));
    bufp->fullBit(oldp+218,(vlSelf->permdnn_engine__DOT__pe_out_we[1]));
    bufp->fullBit(oldp+219,(vlSelf->permdnn_engine__DOT__pe_out_we[2]));
    bufp->fullBit(oldp+220,(vlSelf->permdnn_engine__DOT__pe_out_we[3]));
    bufp->fullBit(oldp+221,(vlSelf->permdnn_engine__DOT__pe_out_we[4]));
    bufp->fullBit(oldp+222,(vlSelf->permdnn_engine__DOT__pe_out_we[5]));
    bufp->fullBit(oldp+223,(vlSelf->permdnn_engine__DOT__pe_out_we[6]));
    bufp->fullBit(oldp+224,(vlSelf->permdnn_engine__DOT__pe_out_we[7]));
    bufp->fullCData(oldp+225,(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+226,(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+227,(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+228,(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+229,(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+230,(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+231,(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows),6);
    bufp->fullCData(oldp+232,(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows),6);
    bufp->fullSData(oldp+233,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_base),10);
    bufp->fullSData(oldp+234,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__base),9);
    bufp->fullCData(oldp+235,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending),4);
    bufp->fullQData(oldp+236,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__held),64);
    bufp->fullQData(oldp+238,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__rdata),64);
    bufp->fullBit(oldp+240,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__more));
    bufp->fullSData(oldp+241,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__remaining),10);
    bufp->fullBit(oldp+242,((0U == (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pending))));
    bufp->fullCData(oldp+243,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__mask),4);
    bufp->fullCData(oldp+244,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__pos),2);
    bufp->fullSData(oldp+245,(vlSelf->permdnn_engine__DOT__p_r),9);
    bufp->fullSData(oldp+246,((0x1ffU & ((IData)(vlSelf->permdnn_engine__DOT__b_c) 
                                         * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),9);
    bufp->fullSData(oldp+247,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide),9);
    bufp->fullSData(oldp+248,(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide),9);
    bufp->fullBit(oldp+249,((1U & VL_REDXOR_32((3U 
                                                & (((IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__t_wide) 
                                                    ^ (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__cm_wide)) 
                                                   >> 7U))))));
    bufp->fullCData(oldp+250,((0x3fU & (IData)(vlSelf->permdnn_engine__DOT__u_nzd__DOT__next_word))),6);
    bufp->fullBit(oldp+251,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__0__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+252,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+253,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+254,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+255,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+256,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+257,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+258,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+259,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+260,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+261,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+262,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+263,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+264,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+265,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+266,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+267,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+268,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+269,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+270,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+271,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+272,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+273,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+274,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+275,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+276,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows) 
                                   >> 5U))));
    bufp->fullQData(oldp+277,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+279,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+280,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+281,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)
                                           : (((0x1ffU 
                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                    ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                    : (IData)(
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                               >> 0xeU)))) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+282,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+283,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+284,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U))))),16);
    bufp->fullBit(oldp+285,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+286,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+287,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+288,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+289,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+290,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j) 
                                           * (0x1fU 
                                              & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+291,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                              [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+292,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+293,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+294,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+295,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+296,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_w)), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+297,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+298,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+299,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+300,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+301,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+303,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+304,(((0U == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                ? 0U : (0x1ffffffU 
                                        & ((IData)(1U) 
                                           << (0xfU 
                                               & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                  - (IData)(1U))))))),25);
    bufp->fullIData(oldp+305,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                               << 0x18U) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                  ? 0U
                                                  : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                             + ((0U 
                                                 == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                 ? 0U
                                                 : 
                                                ((IData)(1U) 
                                                 << 
                                                 (0xfU 
                                                  & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                     - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+563,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+564,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x20U)))),16);
    bufp->fullSData(oldp+565,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0x17U)))),9);
    bufp->fullSData(oldp+566,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0xeU)))),9);
    bufp->fullCData(oldp+567,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                >> 7U)))),7);
    bufp->fullCData(oldp+568,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+569,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+570,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+571,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+572,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+573,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+574,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+575,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+576,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+577,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+578,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                          : (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU))))),9);
    bufp->fullCData(oldp+579,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+580,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+581,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+582,((0x1fU & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+583,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+584,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+585,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+586,(vlSelf->permdnn_engine__DOT__p_r),13);
    bufp->fullSData(oldp+587,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.tr_i_slot) 
                                          * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+588,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+589,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+590,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+591,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+592,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+593,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+594,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+595,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+596,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+597,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+598,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+599,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+600,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+601,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+602,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+603,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+604,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+605,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+606,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+607,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+608,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+609,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+610,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+611,((((QData)((IData)(vlSelf->permdnn_engine__DOT__b_x)) 
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
    bufp->fullQData(oldp+613,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+615,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+617,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+618,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__0__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+619,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__1__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+620,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+621,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+622,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+623,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+624,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+625,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+626,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+627,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+628,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+629,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+630,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+631,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+632,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+633,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+634,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+635,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+636,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+637,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+638,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+639,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+640,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+641,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+642,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+643,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+644,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows) 
                                   >> 5U))));
    bufp->fullQData(oldp+645,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+647,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+648,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+649,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)
                                           : (((0x1ffU 
                                                & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                    ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                    : (IData)(
                                                              (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                               >> 0xeU)))) 
                                               * (0x1fU 
                                                  & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                              + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+650,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+651,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+652,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0x20U))))),16);
    bufp->fullBit(oldp+653,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                   | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+654,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                          + (0x7fU 
                                             & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                 >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                 ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                 : 
                                                ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                 + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+655,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+656,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+657,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+658,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j) 
                                           * (0x1fU 
                                              & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                          + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+659,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                              [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+660,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+661,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+662,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+663,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+664,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_w)), 
                                          VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+667,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+668,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                              ? 0x8000U
                                              : (0xffffU 
                                                 & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+669,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+671,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+672,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                               << 0x18U) 
                                              | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                  ? 0U
                                                  : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                             + ((0U 
                                                 == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                 ? 0U
                                                 : 
                                                ((IData)(1U) 
                                                 << 
                                                 (0xfU 
                                                  & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                     - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+673,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+674,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+930,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+931,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x20U)))),16);
    bufp->fullSData(oldp+932,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0x17U)))),9);
    bufp->fullSData(oldp+933,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 0xeU)))),9);
    bufp->fullCData(oldp+934,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                >> 7U)))),7);
    bufp->fullCData(oldp+935,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+936,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+937,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+938,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+939,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+940,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+941,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+942,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+943,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+944,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+945,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                          : (IData)(
                                                    (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head 
                                                     >> 0xeU))))),9);
    bufp->fullCData(oldp+946,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+947,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+948,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+949,((0x1fU & ((IData)(1U) 
                                        + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+950,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+951,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+952,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+953,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.tr_i_slot) 
                                          * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+954,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+955,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+956,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                         >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                            - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                         : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+957,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+958,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+959,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+960,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+961,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+962,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+963,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+964,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+965,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+966,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+967,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+968,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+969,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+970,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+971,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+972,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+973,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+974,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+975,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                         >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                         ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                         : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                            + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+976,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+977,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+979,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+981,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+982,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__1__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+983,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__2__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+984,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+985,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                      | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                         | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid) 
                                            | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid) 
                                               | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+986,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+987,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+988,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+989,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+990,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+991,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+992,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+993,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+994,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+995,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+996,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+997,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+998,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+999,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+1000,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+1001,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+1002,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+1003,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+1004,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+1005,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+1006,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+1007,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+1008,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows) 
                                    >> 5U))));
    bufp->fullQData(oldp+1009,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1011,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1012,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1013,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)
                                            : (((0x1ffU 
                                                 & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                     : (IData)(
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                                >> 0xeU)))) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+1014,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+1015,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1016,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullBit(oldp+1017,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+1018,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                           + (0x7fU 
                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+1019,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+1020,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+1021,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+1022,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+1023,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                               [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_j) 
                                             * (0x1fU 
                                                & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__block_rows))) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+1024,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+1025,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+1026,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+1027,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+1028,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_w)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+1030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+1031,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+1032,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+1033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+1035,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+1036,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                << 0x18U) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                   ? 0U
                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                              + ((0U 
                                                  == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                  ? 0U
                                                  : 
                                                 ((IData)(1U) 
                                                  << 
                                                  (0xfU 
                                                   & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                      - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+1037,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+1038,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+1294,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1295,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1296,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1297,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1298,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1299,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1300,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1301,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1302,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1303,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1304,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1305,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1306,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+1307,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1308,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1309,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1310,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1311,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+1312,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1313,((0x1fU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+1314,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1315,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+1316,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+1317,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+1318,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+1319,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1320,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1321,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1322,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1323,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1324,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1325,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1326,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1327,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1328,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+1329,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+1330,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+1331,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+1332,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+1333,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+1334,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+1335,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+1336,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+1337,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+1338,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1339,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1340,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1341,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1343,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+1345,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+1346,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__2__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+1347,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__3__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1348,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1349,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1350,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1351,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+1352,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1353,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1354,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+1355,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1356,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1357,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+1358,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1359,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1360,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+1361,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1362,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1363,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+1364,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+1365,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+1366,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+1367,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+1368,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+1369,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+1370,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+1371,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+1372,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows) 
                                    >> 5U))));
    bufp->fullQData(oldp+1373,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1375,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1376,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1377,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)
                                            : (((0x1ffU 
                                                 & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                     : (IData)(
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                                >> 0xeU)))) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+1378,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+1379,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1380,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullBit(oldp+1381,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+1382,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                           + (0x7fU 
                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+1383,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+1384,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+1385,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+1386,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+1387,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                               [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_j) 
                                             * (0x1fU 
                                                & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__block_rows))) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+1388,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+1389,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+1390,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+1391,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+1392,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_w)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+1394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+1395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+1396,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+1397,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+1399,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+1400,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                << 0x18U) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                   ? 0U
                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                              + ((0U 
                                                  == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                  ? 0U
                                                  : 
                                                 ((IData)(1U) 
                                                  << 
                                                  (0xfU 
                                                   & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                      - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+1401,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+1402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+1658,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+1659,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+1660,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+1661,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+1662,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+1663,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+1664,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+1665,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+1666,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+1667,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+1668,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+1669,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+1670,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+1671,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+1672,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+1673,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+1674,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+1675,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+1676,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+1677,((0x1fU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+1678,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+1679,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+1680,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+1681,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+1682,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+1683,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+1684,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+1685,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+1686,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+1687,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+1688,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+1689,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+1690,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+1691,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+1692,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+1693,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+1694,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+1695,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+1696,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+1697,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+1698,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+1699,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+1700,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+1701,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+1702,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+1703,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+1704,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+1705,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+1707,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+1709,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+1710,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__3__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+1711,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__4__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+1712,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+1713,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+1714,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+1715,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+1716,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+1717,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+1718,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+1719,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+1720,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+1721,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+1722,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+1723,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+1724,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+1725,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+1726,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+1727,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+1728,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+1729,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+1730,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+1731,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+1732,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+1733,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+1734,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+1735,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+1736,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows) 
                                    >> 5U))));
    bufp->fullQData(oldp+1737,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+1739,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+1740,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+1741,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)
                                            : (((0x1ffU 
                                                 & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                     : (IData)(
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                                >> 0xeU)))) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+1742,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+1743,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+1744,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullBit(oldp+1745,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+1746,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                           + (0x7fU 
                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+1747,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+1748,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+1749,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+1750,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+1751,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                               [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_j) 
                                             * (0x1fU 
                                                & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__block_rows))) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+1752,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+1753,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+1754,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+1755,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+1756,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_w)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+1757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+1758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+1759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+1760,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+1761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+1763,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+1764,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                << 0x18U) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                   ? 0U
                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                              + ((0U 
                                                  == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                  ? 0U
                                                  : 
                                                 ((IData)(1U) 
                                                  << 
                                                  (0xfU 
                                                   & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                      - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+1765,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+1766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+2022,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2023,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2024,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2025,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2026,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2027,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2028,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2029,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2030,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2031,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2032,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2033,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2034,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+2035,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2036,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2037,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2038,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2039,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+2040,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2041,((0x1fU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+2042,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2043,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+2044,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+2045,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+2046,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+2047,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2048,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2049,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2050,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2051,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2052,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2053,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2054,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2055,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2056,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+2057,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+2058,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+2059,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+2060,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+2061,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+2062,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+2063,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+2064,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+2065,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+2066,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2067,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2068,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2069,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2071,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+2073,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+2074,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__4__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+2075,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__5__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2076,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2077,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2078,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2079,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+2080,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2081,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2082,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+2083,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2084,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2085,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+2086,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2087,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2088,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+2089,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2090,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2091,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+2092,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+2093,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+2094,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+2095,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+2096,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+2097,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+2098,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+2099,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+2100,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows) 
                                    >> 5U))));
    bufp->fullQData(oldp+2101,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2103,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2104,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2105,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)
                                            : (((0x1ffU 
                                                 & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                     : (IData)(
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                                >> 0xeU)))) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+2106,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+2107,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2108,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullBit(oldp+2109,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+2110,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                           + (0x7fU 
                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+2111,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+2112,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+2113,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+2114,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+2115,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                               [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_j) 
                                             * (0x1fU 
                                                & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__block_rows))) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+2116,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+2117,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+2118,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+2119,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+2120,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_w)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+2122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+2123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+2124,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+2125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+2127,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+2128,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                << 0x18U) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                   ? 0U
                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                              + ((0U 
                                                  == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                  ? 0U
                                                  : 
                                                 ((IData)(1U) 
                                                  << 
                                                  (0xfU 
                                                   & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                      - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+2129,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+2130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+2386,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2387,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2388,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2389,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2390,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2391,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2392,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2393,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2394,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2395,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2396,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2397,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2398,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+2399,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2400,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2401,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2402,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2403,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+2404,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2405,((0x1fU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+2406,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2407,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+2408,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+2409,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+2410,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+2411,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2412,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2413,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2414,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2415,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2416,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2417,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2418,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2419,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2420,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+2421,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+2422,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+2423,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+2424,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+2425,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+2426,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+2427,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+2428,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+2429,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+2430,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2431,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2432,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2433,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2435,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+2437,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+2438,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__5__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+2439,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__6__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2440,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2441,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2442,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2443,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+2444,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2445,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2446,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+2447,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2448,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2449,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+2450,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2451,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2452,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+2453,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2454,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2455,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+2456,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+2457,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+2458,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+2459,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+2460,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+2461,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+2462,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+2463,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+2464,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows) 
                                    >> 5U))));
    bufp->fullQData(oldp+2465,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2467,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2468,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2469,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)
                                            : (((0x1ffU 
                                                 & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                     : (IData)(
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                                >> 0xeU)))) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+2470,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+2471,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2472,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullBit(oldp+2473,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+2474,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                           + (0x7fU 
                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+2475,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+2476,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+2477,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+2478,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+2479,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                               [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_j) 
                                             * (0x1fU 
                                                & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__block_rows))) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+2480,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+2481,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+2482,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+2483,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+2484,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_w)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2485,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+2486,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+2487,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+2488,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+2489,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+2491,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+2492,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                << 0x18U) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                   ? 0U
                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                              + ((0U 
                                                  == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                  ? 0U
                                                  : 
                                                 ((IData)(1U) 
                                                  << 
                                                  (0xfU 
                                                   & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                      - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+2493,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+2494,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+2750,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+2751,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+2752,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+2753,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+2754,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+2755,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+2756,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+2757,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+2758,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+2759,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+2760,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+2761,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+2762,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+2763,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+2764,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+2765,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+2766,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+2767,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+2768,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+2769,((0x1fU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+2770,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+2771,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+2772,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+2773,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+2774,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+2775,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+2776,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+2777,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+2778,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+2779,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+2780,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+2781,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+2782,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+2783,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+2784,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+2785,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+2786,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+2787,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+2788,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+2789,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+2790,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+2791,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+2792,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+2793,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+2794,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+2795,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+2796,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+2797,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+2799,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+2801,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+2802,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__6__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullBit(oldp+2803,(vlSelf->permdnn_engine__DOT____Vcellinp__g_pe__BRA__7__KET____DOT__u_pe__push));
    bufp->fullBit(oldp+2804,((2U > (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullBit(oldp+2805,((1U & (~ ((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt)) 
                                       | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid) 
                                          | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid) 
                                             | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid) 
                                                | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid)))))))));
    bufp->fullBit(oldp+2806,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.drained));
    bufp->fullCData(oldp+2807,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt),2);
    bufp->fullBit(oldp+2808,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_valid));
    bufp->fullSData(oldp+2809,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_j),9);
    bufp->fullCData(oldp+2810,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),5);
    bufp->fullBit(oldp+2811,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_valid));
    bufp->fullSData(oldp+2812,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j),9);
    bufp->fullCData(oldp+2813,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot),5);
    bufp->fullBit(oldp+2814,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_valid));
    bufp->fullSData(oldp+2815,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_j),9);
    bufp->fullCData(oldp+2816,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_slot),5);
    bufp->fullBit(oldp+2817,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_valid));
    bufp->fullSData(oldp+2818,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_j),9);
    bufp->fullCData(oldp+2819,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_slot),5);
    bufp->fullBit(oldp+2820,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_active));
    bufp->fullSData(oldp+2821,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_rows),13);
    bufp->fullIData(oldp+2822,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__a_products),32);
    bufp->fullBit(oldp+2823,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_we));
    bufp->fullIData(oldp+2824,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_acc_wdata),24);
    bufp->fullBit(oldp+2825,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_out_we));
    bufp->fullCData(oldp+2826,((0x1fU & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))),5);
    bufp->fullSData(oldp+2827,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__rows),13);
    bufp->fullBit(oldp+2828,((1U & ((IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows) 
                                    >> 5U))));
    bufp->fullQData(oldp+2829,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head),48);
    bufp->fullBit(oldp+2831,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__pop));
    bufp->fullBit(oldp+2832,((0U != (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__cnt))));
    bufp->fullSData(oldp+2833,((0x3fffU & ((IData)(vlSelf->permdnn_engine__DOT__formula_r)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)
                                            : (((0x1ffU 
                                                 & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                                     ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                                     : (IData)(
                                                               (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                                >> 0xeU)))) 
                                                * (0x1fU 
                                                   & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                               + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot))))),14);
    bufp->fullCData(oldp+2834,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_stored),7);
    bufp->fullBit(oldp+2835,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid));
    bufp->fullSData(oldp+2836,((0xffffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                            ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x)
                                            : (IData)(
                                                      (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                       >> 0x20U))))),16);
    bufp->fullBit(oldp+2837,((1U & ((1U <= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)) 
                                    | (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b)))));
    bufp->fullSData(oldp+2838,((0x1fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot) 
                                            * (IData)(vlSelf->permdnn_engine__DOT__p_r)) 
                                           + (0x7fU 
                                              & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                                  >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                                  ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                                  : 
                                                 ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                                  + (IData)(vlSelf->permdnn_engine__DOT__p_r))))))),13);
    bufp->fullSData(oldp+2839,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_x),16);
    bufp->fullBit(oldp+2840,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_active));
    bufp->fullSData(oldp+2841,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_rows),13);
    bufp->fullSData(oldp+2842,((0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j) 
                                            * (0x1fU 
                                               & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                           + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot)))),14);
    bufp->fullSData(oldp+2843,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_weights__DOT__g_lane__BRA__0__KET____DOT__mem
                               [(0x3fffU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_j) 
                                             * (0x1fU 
                                                & (IData)(vlSelf->permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__block_rows))) 
                                            + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__i_slot)))]),16);
    bufp->fullSData(oldp+2844,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x),16);
    bufp->fullBit(oldp+2845,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_active));
    bufp->fullSData(oldp+2846,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_rows),13);
    bufp->fullSData(oldp+2847,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w),16);
    bufp->fullIData(oldp+2848,(VL_MULS_III(32, VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_w)), 
                                           VL_EXTENDS_II(32,16, (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__o_x)))),32);
    bufp->fullSData(oldp+2849,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__d_ptr),13);
    bufp->fullSData(oldp+2850,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_raddr),13);
    bufp->fullIData(oldp+2851,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_rdata),24);
    bufp->fullSData(oldp+2852,((VL_LTS_III(25, 0x7fffU, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                 ? 0x7fffU : (VL_GTS_III(25, 0x1ff8000U, vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)
                                               ? 0x8000U
                                               : (0xffffU 
                                                  & vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted)))),16);
    bufp->fullQData(oldp+2853,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_acc__DOT__exact),33);
    bufp->fullIData(oldp+2855,(((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                 ? 0U : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_rdata)),24);
    bufp->fullIData(oldp+2856,((0x1ffffffU & (((((~ (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)) 
                                                 & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_h3c8ea610__0)) 
                                                << 0x18U) 
                                               | ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.g_lane__BRA__0__KET____DOT__u_requant__DOT____VdfgTmp_he6b032ea__0)
                                                   ? 0U
                                                   : vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__acc_rdata)) 
                                              + ((0U 
                                                  == (IData)(vlSelf->permdnn_engine__DOT__frac_r))
                                                  ? 0U
                                                  : 
                                                 ((IData)(1U) 
                                                  << 
                                                  (0xfU 
                                                   & ((IData)(vlSelf->permdnn_engine__DOT__frac_r) 
                                                      - (IData)(1U)))))))),25);
    bufp->fullIData(oldp+2857,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__g_lane__BRA__0__KET____DOT__u_requant__DOT__shifted),25);
    bufp->fullWData(oldp+2858,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__live),8192);
    bufp->fullIData(oldp+3114,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_accmem__DOT__q),32);
    bufp->fullSData(oldp+3115,((0xffffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                   >> 0x20U)))),16);
    bufp->fullSData(oldp+3116,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0x17U)))),9);
    bufp->fullSData(oldp+3117,((0x1ffU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                  >> 0xeU)))),9);
    bufp->fullCData(oldp+3118,((0x7fU & (IData)((vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                 >> 7U)))),7);
    bufp->fullCData(oldp+3119,((0x7fU & (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head))),7);
    bufp->fullBit(oldp+3120,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_reload));
    bufp->fullSData(oldp+3121,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_x),16);
    bufp->fullSData(oldp+3122,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_j),9);
    bufp->fullSData(oldp+3123,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c),9);
    bufp->fullCData(oldp+3124,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_t),7);
    bufp->fullCData(oldp+3125,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm),7);
    bufp->fullCData(oldp+3126,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_slot),5);
    bufp->fullBit(oldp+3127,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_valid));
    bufp->fullSData(oldp+3128,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_col),9);
    bufp->fullSData(oldp+3129,((0x1ffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                           ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_c)
                                           : (IData)(
                                                     (vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head 
                                                      >> 0xeU))))),9);
    bufp->fullCData(oldp+3130,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t),7);
    bufp->fullCData(oldp+3131,((0x7fU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_valid)
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__col_cm)
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__q_head)))),7);
    bufp->fullBit(oldp+3132,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_reload));
    bufp->fullCData(oldp+3133,((0x1fU & ((IData)(1U) 
                                         + (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot)))),5);
    bufp->fullBit(oldp+3134,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__next_valid));
    bufp->fullCData(oldp+3135,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot),6);
    bufp->fullCData(oldp+3136,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__rest_b),6);
    bufp->fullSData(oldp+3137,((0x1fffU & ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.tr_i_slot) 
                                           * (IData)(vlSelf->permdnn_engine__DOT__p_r)))),13);
    bufp->fullCData(oldp+3138,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__k_index),4);
    bufp->fullCData(oldp+3139,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum),8);
    bufp->fullCData(oldp+3140,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                          >= (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          ? ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum) 
                                             - (IData)(vlSelf->permdnn_engine__DOT__p_r))
                                          : (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_sum)))),7);
    bufp->fullCData(oldp+3141,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_load),7);
    bufp->fullCData(oldp+3142,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[0]),7);
    bufp->fullCData(oldp+3143,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[1]),7);
    bufp->fullCData(oldp+3144,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[2]),7);
    bufp->fullCData(oldp+3145,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[3]),7);
    bufp->fullCData(oldp+3146,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[4]),7);
    bufp->fullCData(oldp+3147,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[5]),7);
    bufp->fullCData(oldp+3148,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[6]),7);
    bufp->fullCData(oldp+3149,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[7]),7);
    bufp->fullCData(oldp+3150,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[8]),7);
    bufp->fullCData(oldp+3151,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[9]),7);
    bufp->fullCData(oldp+3152,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[10]),7);
    bufp->fullCData(oldp+3153,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[11]),7);
    bufp->fullCData(oldp+3154,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[12]),7);
    bufp->fullCData(oldp+3155,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[13]),7);
    bufp->fullCData(oldp+3156,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[14]),7);
    bufp->fullCData(oldp+3157,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k_reg[15]),7);
    bufp->fullCData(oldp+3158,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k),7);
    bufp->fullCData(oldp+3159,((0x7fU & (((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__cur_t) 
                                          >= (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_idx__DOT__g_lane__BRA__0__KET____DOT__k))
                                          ? (IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0)
                                          : ((IData)(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.u_idx__DOT____VdfgTmp_hfc47ee66__0) 
                                             + (IData)(vlSelf->permdnn_engine__DOT__p_r))))),7);
    bufp->fullIData(oldp+3160,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_outmem__DOT__q),32);
    bufp->fullQData(oldp+3161,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[0]),48);
    bufp->fullQData(oldp+3163,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__mem[1]),48);
    bufp->fullBit(oldp+3165,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__head));
    bufp->fullBit(oldp+3166,(vlSymsp->TOP__permdnn_engine__DOT__g_pe__BRA__7__KET____DOT__u_pe.__PVT__u_queue__DOT__tail));
    bufp->fullIData(oldp+3167,(8U),32);
    bufp->fullIData(oldp+3168,(1U),32);
    bufp->fullIData(oldp+3169,(2U),32);
    bufp->fullIData(oldp+3170,(4U),32);
    bufp->fullIData(oldp+3171,(0x18U),32);
    bufp->fullIData(oldp+3172,(0x100U),32);
    bufp->fullIData(oldp+3173,(0x40U),32);
    bufp->fullIData(oldp+3174,(0x10U),32);
    bufp->fullIData(oldp+3175,(7U),32);
    bufp->fullIData(oldp+3176,(9U),32);
    bufp->fullIData(oldp+3177,(6U),32);
    bufp->fullIData(oldp+3178,(5U),32);
    bufp->fullIData(oldp+3179,(0xdU),32);
    bufp->fullIData(oldp+3180,(0xeU),32);
    bufp->fullIData(oldp+3181,(3U),32);
    bufp->fullCData(oldp+3182,(0U),2);
    bufp->fullCData(oldp+3183,(1U),2);
    bufp->fullCData(oldp+3184,(2U),2);
    bufp->fullCData(oldp+3185,(3U),2);
    bufp->fullCData(oldp+3186,(0U),3);
    bufp->fullCData(oldp+3187,(1U),3);
    bufp->fullCData(oldp+3188,(2U),3);
    bufp->fullCData(oldp+3189,(3U),3);
    bufp->fullCData(oldp+3190,(4U),3);
    bufp->fullCData(oldp+3191,(5U),3);
    bufp->fullCData(oldp+3192,(6U),3);
    bufp->fullCData(oldp+3193,(7U),3);
    bufp->fullIData(oldp+3194,(4U),32);
    bufp->fullSData(oldp+3195,(4U),10);
    bufp->fullIData(oldp+3196,(0x30U),32);
    bufp->fullIData(oldp+3197,(1U),32);
    bufp->fullIData(oldp+3198,(2U),32);
    bufp->fullCData(oldp+3199,(0U),6);
    bufp->fullCData(oldp+3200,(1U),6);
    bufp->fullSData(oldp+3201,(1U),13);
    bufp->fullBit(oldp+3202,(0U));
    bufp->fullSData(oldp+3203,(0U),13);
    bufp->fullIData(oldp+3204,(0x21U),32);
    bufp->fullQData(oldp+3205,(0x7fffffULL),33);
    bufp->fullQData(oldp+3207,(0x1ff800000ULL),33);
    bufp->fullIData(oldp+3209,(0x7fffffU),24);
    bufp->fullIData(oldp+3210,(0x800000U),24);
    bufp->fullIData(oldp+3211,(0x19U),32);
    bufp->fullIData(oldp+3212,(0x7fffU),25);
    bufp->fullIData(oldp+3213,(0x1ff8000U),25);
    bufp->fullBit(oldp+3214,(1U));
}
